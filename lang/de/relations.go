package de

import "github.com/hebel-project/hebel/lang"

var relations = lang.Relations{}
