package en

import "github.com/hebel-project/hebel/lang"

var numbers = lang.Numbers{}
