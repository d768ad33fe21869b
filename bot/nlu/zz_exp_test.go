package nlu_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZExp(t *testing.T) {
	z := os.Getenv("ZZ")
	if z == "" {
		t.Skip()
	}
	p := parser(t)
	for _, s := range strings.Split(z, "||") {
		r := p.Parse(s, now)
		preds := ""
		for i, x := range r.Predictions {
			if i < 4 {
				preds += fmt.Sprintf("%s=%.2f ", x.Label, x.Score)
			}
		}
		ago := -1
		if r.AgoDays != nil {
			ago = *r.AgoDays
		}
		fmt.Printf("%s\n  norm=%q\n  ask=%q topic=%s intents=%v form=%v label=%s oos=%q domain=%d named=%v tn=%v cn=%v apps=%v ago=%d\n  preds=%s\n  slots=%+v\n", s, r.Norm, r.Ask, r.Topic, r.Intents, r.Form, r.Label, r.OutOfScope, r.Domain, r.Named, r.TopicNamed, r.CardNamed, r.Applications, ago, preds, r.Slots)
	}
}
