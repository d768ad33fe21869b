package knowledge

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
)

// compiled is the embedded knowledge base as `guichet kb compile` saved it: reading it is a few
// times faster than decoding and checking the YAML files, which matters to a one-shot
// `guichet ask`.
//
//go:embed compiled.bin
var compiled []byte

// compiledMagic starts a compiled knowledge base, with the version of its format: this line, the
// digest of the files it was compiled from on the next, the length of the base's JSON without its
// question examples on the third, that JSON, then the examples' JSON. The two halves, of about
// the same size, decode at once on two cores. JSON writes maps in key order, so compiling the same
// files gives the same bytes.
const compiledMagic = "guichet-kb-2\n"

// ErrStaleCompiled is returned when a compiled knowledge base was not compiled from the files it
// is compared with.
var ErrStaleCompiled = errors.New("the compiled knowledge base is not that of the files (run make model)")

// Compile returns b in the form LoadEmbedded reads.
func Compile(b *Base) ([]byte, error) {
	rest := *b
	rest.Questions = nil
	body, err := json.Marshal(&rest)
	if err != nil {
		return nil, fmt.Errorf("compile knowledge base: %w", err)
	}
	questions, err := json.Marshal(b.Questions)
	if err != nil {
		return nil, fmt.Errorf("compile knowledge base's questions: %w", err)
	}
	out := make([]byte, 0, len(compiledMagic)+len(b.Digest)+24+len(body)+len(questions))
	out = append(append(append(out, compiledMagic...), b.Digest...), '\n')
	out = append(strconv.AppendInt(out, int64(len(body)), 10), '\n')
	return append(append(out, body...), questions...), nil
}

// decodeCompiled reads what Compile wrote, if it was compiled from files of the given digest.
func decodeCompiled(data []byte, digest string) (*Base, error) {
	rest, ok := bytes.CutPrefix(data, []byte(compiledMagic))
	if !ok {
		return nil, ErrStaleCompiled
	}
	have, rest, ok := bytes.Cut(rest, []byte{'\n'})
	if !ok || string(have) != digest {
		return nil, ErrStaleCompiled
	}
	size, rest, ok := bytes.Cut(rest, []byte{'\n'})
	n, err := strconv.Atoi(string(size))
	if !ok || err != nil || n < 0 || n > len(rest) {
		return nil, errors.New("read compiled knowledge base: bad length")
	}
	var questions []Questions
	qerr := make(chan error, 1)
	go func() { qerr <- json.Unmarshal(rest[n:], &questions) }()
	b := &Base{}
	err = json.Unmarshal(rest[:n], b)
	if qe := <-qerr; err == nil && qe != nil {
		err = fmt.Errorf("questions: %w", qe)
	}
	if err != nil {
		return nil, fmt.Errorf("read compiled knowledge base: %w", err)
	}
	b.Questions = questions
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
		if err := digestOpen(sum, fsys, name); err != nil {
			return "", fmt.Errorf("read knowledge file %s: %w", name, err)
		}
	}
	return hex.EncodeToString(sum.Sum(nil)), nil
}

// digestOpen is digestFile on a file streamed from fsys, not read whole: every start-up digests
// the embedded files.
func digestOpen(sum io.Writer, fsys fs.FS, name string) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	fmt.Fprintf(sum, "%s\x00%d\x00", name, st.Size())
	_, err = io.Copy(sum, f)
	return err
}
