package en

import "github.com/hebel-project/hebel/lang"

var claims = lang.Claims{}
