package de

import "github.com/hebel-project/hebel/lang"

var speech = lang.Speech{}
