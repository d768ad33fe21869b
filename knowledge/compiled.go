package knowledge

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
)

// compiled is the embedded knowledge base as `guichet kb compile` saved it: reading it is a few
// times faster than decoding and checking the YAML files, which matters to a one-shot
// `guichet ask`.
//
//go:embed compiled.bin
var compiled []byte

// compiledMagic starts a compiled knowledge base, with the version of its format: this line, the
// digest of the files it was compiled from on the next, then the base in JSON (whose maps are
// written in key order, so that compiling the same files gives the same bytes).
const compiledMagic = "guichet-kb-1\n"

// ErrStaleCompiled is returned when a compiled knowledge base was not compiled from the files it
// is compared with.
var ErrStaleCompiled = errors.New("the compiled knowledge base is not that of the files (run make model)")

// Compile returns b in the form LoadEmbedded reads.
func Compile(b *Base) ([]byte, error) {
	body, err := json.Marshal(b)
	if err != nil {
		return nil, fmt.Errorf("compile knowledge base: %w", err)
	}
	out := make([]byte, 0, len(compiledMagic)+len(b.Digest)+1+len(body))
	out = append(append(append(append(out, compiledMagic...), b.Digest...), '\n'), body...)
	return out, nil
}

// decodeCompiled reads what Compile wrote, if it was compiled from files of the given digest.
func decodeCompiled(data []byte, digest string) (*Base, error) {
	rest, ok := bytes.CutPrefix(data, []byte(compiledMagic))
	if !ok {
		return nil, ErrStaleCompiled
	}
	have, body, ok := bytes.Cut(rest, []byte{'\n'})
	if !ok || string(have) != digest {
		return nil, ErrStaleCompiled
	}
	b := &Base{}
	if err := json.Unmarshal(body, b); err != nil {
		return nil, fmt.Errorf("read compiled knowledge base: %w", err)
	}
	if b.Digest != digest {
		return nil, ErrStaleCompiled
	}
	b.index()
	return b, nil
}

// LoadEmbedded returns the knowledge base built into the binary: its compiled form when that was
// compiled from the embedded files (make model), else the files themselves, loaded and checked.
func LoadEmbedded() (*Base, error) {
	fsys := Embedded()
	digest, err := Digest(fsys)
	if err != nil {
		return nil, err
	}
	if b, err := decodeCompiled(compiled, digest); err == nil {
		return b, nil
	}
	return Load(fsys)
}

// CompiledCurrent reports whether the compiled knowledge base built into the binary is b's
// compiled form.
func CompiledCurrent(b *Base) (bool, error) {
	want, err := Compile(b)
	if err != nil {
		return false, err
	}
	return bytes.Equal(compiled, want), nil
}

// Digest returns the digest of the *.yaml files of fsys, the one Load gives the base it loads.
func Digest(fsys fs.FS) (string, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return "", fmt.Errorf("list knowledge files: %w", err)
	}
	sort.Strings(names)
	sum := sha256.New()
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", fmt.Errorf("read knowledge file %s: %w", name, err)
		}
		digestFile(sum, name, data)
	}
	return hex.EncodeToString(sum.Sum(nil)), nil
}
