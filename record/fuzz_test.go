package record

import (
	"bytes"
	"io"
	"testing"
)

// FuzzDecode feeds arbitrary bytes to the record decoder: it must return
// records that validate, an EINVALID error or io.EOF, and never panic.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"version":1,"document":{"id":"sha256:x","title":null,"lang":"de","url":null,"published":null,"text":"Nordkorea"},"entities":[{"id":"PRK","type":"country","name":"North Korea","mentions":[{"start":0,"end":9,"text":"Nordkorea"}]}],"claims":[],"quotes":[],"relations":[],"problems":[]}`))
	f.Add([]byte(`{"version":1,"document":{"id":"x","text":"äöü"},"entities":[{"id":"X","mentions":[{"start":2,"end":1,"text":""}]}]}`))
	f.Add([]byte(`{"version":2}`))
	f.Add([]byte("{\"version\":1,\"document\":{\"id\":\"x\",\"text\":\"\xff\"}}"))
	f.Add([]byte(`[1,2,3]`))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		dec := NewDecoder(bytes.NewReader(data))
		for i := 0; i < 100; i++ {
			r, err := dec.Decode()
			if err == io.EOF {
				return
			}
			if err != nil {
				return
			}
			if verr := r.Validate(); verr != nil {
				t.Fatalf("Decode returned a record that does not validate: %v", verr)
			}
		}
	})
}
