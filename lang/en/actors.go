package en

import "github.com/hebel-project/hebel/lang"

var actors = lang.Actors{}
