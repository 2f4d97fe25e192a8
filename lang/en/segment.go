package en

import "github.com/hebel-project/hebel/lang"

var segmentation = lang.Segmentation{}
