package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimtrace/claimtrace/attribution"
	"github.com/claimtrace/claimtrace/claims"
)

// maxInputBytes bounds --max-bytes: the tagger keeps byte offsets in 32
// bits, so a larger input could not be analysed.
const maxInputBytes = attribution.MaxDocumentBytes

// defaultMaxBytes is the default of --max-bytes: larger inputs are refused
// before they are read.
const defaultMaxBytes = 64 << 20

// sniffBytes is how much of an input's start binary and UTF-16 detection
// look at.
const sniffBytes = 8 << 10

// utf8BOM is the UTF-8 byte-order mark some editors write at a file's start.
const utf8BOM = "\xef\xbb\xbf"

// inputLimits are the checks every input passes before it is analysed.
// The zero value (and nil) means the defaults: defaultMaxBytes, binary
// inputs refused, warnings discarded.
type inputLimits struct {
	maxBytes   int64     // refuse inputs larger than this many bytes; 0 means defaultMaxBytes
	skipBinary bool      // skip binary files with a warning and exit 0, instead of exit 2
	warn       io.Writer // warnings ("claimtrace CMD: warning: ..."); nil discards them
	cmd        string    // the subcommand, for warnings
}

// addInputFlags registers --max-bytes and --skip-binary on fs.
func addInputFlags(fs *flag.FlagSet, cmd string) *inputLimits {
	l := &inputLimits{maxBytes: defaultMaxBytes, cmd: cmd}
	fs.Var((*byteSize)(&l.maxBytes), "max-bytes", "refuse inputs larger than this (bytes, or with KiB, MiB, GiB)")
	fs.BoolVar(&l.skipBinary, "skip-binary", false, "skip binary files with a warning instead of failing")
	return l
}

// limit returns the --max-bytes limit.
func (l *inputLimits) limit() int64 {
	if l == nil || l.maxBytes <= 0 {
		return defaultMaxBytes
	}
	return l.maxBytes
}

// warnf writes one warning line.
func (l *inputLimits) warnf(format string, args ...any) {
	if l == nil || l.warn == nil {
		return
	}
	fmt.Fprintf(l.warn, "claimtrace %s: warning: %s\n", l.cmd, fmt.Sprintf(format, args...))
}

// selectInputs checks each path before anything is analysed: it must be
// stdin ("-") or a regular file no larger than --max-bytes, readable, and
// neither UTF-16 nor binary. Binary files are dropped with a warning; e
// records that, so the command exits 2 unless --skip-binary. Any other
// problem is an error naming the path. Only the first 8 KB of each file are
// read here.
func (l *inputLimits) selectInputs(e *env, paths []string) ([]string, error) {
	kept := paths[:0:0]
	for _, p := range paths {
		if p == "-" {
			kept = append(kept, p)
			continue
		}
		size, err := statInput(p)
		if err != nil {
			return nil, err
		}
		if err := l.checkSize(p, size); err != nil {
			return nil, err
		}
		head, err := readHead(p)
		if err != nil {
			return nil, err
		}
		if err := checkEncoding(p, head); err != nil {
			return nil, err
		}
		if why := binaryReason(head); why != "" {
			if l.skipBinary {
				l.warnf("%s: binary file (%s), skipped", p, why)
			} else {
				l.warnf("%s: binary file (%s), skipped; exit status 2 (--skip-binary skips binary files and exits 0)", p, why)
				e.skippedBinary = true
			}
			continue
		}
		kept = append(kept, p)
	}
	return kept, nil
}

// statInput returns the size of the file at path, or an error naming path
// when it is not a regular file: a directory, a named pipe (reading it could
// block for ever), a device or socket, a dangling symbolic link, or missing.
func statInput(path string) (int64, error) {
	fi, err := os.Stat(path)
	if err != nil {
		if lfi, lerr := os.Lstat(path); lerr == nil && lfi.Mode()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(path)
			return 0, fmt.Errorf("%s: dangling symbolic link (to %q)", path, target)
		}
		return 0, err // *PathError: "stat PATH: no such file or directory"
	}
	switch m := fi.Mode(); {
	case m.IsRegular():
		return fi.Size(), nil
	case m.IsDir():
		return 0, fmt.Errorf("%s: is a directory, not a text file", path)
	default:
		return 0, fmt.Errorf("%s: not a regular file (%s); claimtrace reads regular files and stdin", path, modeName(m))
	}
}

// modeName names a non-regular file type.
func modeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	default:
		return "mode " + m.String()
	}
}

// checkSize refuses an input of size bytes above the limit.
func (l *inputLimits) checkSize(path string, size int64) error {
	if limit := l.limit(); size > limit {
		return fmt.Errorf("%s: %s is larger than the --max-bytes limit of %s; raise --max-bytes to analyse it", path, humanBytes(size), humanBytes(limit))
	}
	return nil
}

// readHead returns the first sniffBytes of the file at path.
func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // *PathError: "open PATH: permission denied"
	}
	defer f.Close()
	head := make([]byte, sniffBytes)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return head[:n], nil
}

// checkEncoding refuses UTF-16 and UTF-32 text, recognised by its
// byte-order mark: decoding it would leave no honest byte offsets into the
// file.
func checkEncoding(path string, head []byte) error {
	for _, bom := range []struct{ mark, name string }{
		{"\x00\x00\xfe\xff", "UTF-32 (big-endian)"}, {"\xff\xfe\x00\x00", "UTF-32 (little-endian)"},
		{"\xfe\xff", "UTF-16 (big-endian)"}, {"\xff\xfe", "UTF-16 (little-endian)"},
	} {
		if bytes.HasPrefix(head, []byte(bom.mark)) {
			return fmt.Errorf("%s: %s text (byte-order mark % X); claimtrace reads UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8", path, bom.name, bom.mark)
		}
	}
	return nil
}

// binaryReason says why head, an input's first bytes, looks binary (a NUL
// byte, or more than 10% control bytes other than tab, line breaks, form
// feed and escape), or returns "" for text.
func binaryReason(head []byte) string {
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return fmt.Sprintf("NUL byte at offset %d", i)
	}
	ctl := 0
	for _, b := range head {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b {
			ctl++
		}
	}
	if len(head) > 0 && ctl*10 > len(head) {
		return fmt.Sprintf("%d%% control bytes in the first %d bytes", ctl*100/len(head), len(head))
	}
	return ""
}

// readInput reads the input named path (a file, or stdin for "-") once,
// into the string the document keeps, with the checks of selectInputs
// (which the batch commands run first, so that a bad file fails before
// any is analysed). It warns about invalid UTF-8 (the first bad byte's
// offset and line), an empty or blank input, and blanks a UTF-8 BOM in the
// text the splitter reads, so that no sentence starts with it; offsets
// still count the file's bytes, BOM included.
func (l *inputLimits) readInput(path string, stdin io.Reader) (*claims.Document, error) {
	limit := l.limit()
	var r io.Reader
	var b strings.Builder
	if path == "-" {
		r = stdin
	} else {
		size, err := statInput(path)
		if err != nil {
			return nil, err
		}
		if err := l.checkSize(path, size); err != nil {
			return nil, err
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
		b.Grow(int(size))
	}
	n, err := io.Copy(&b, io.LimitReader(r, limit+1))
	name := path
	if path == "-" {
		name = "stdin"
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if n > limit {
		return nil, fmt.Errorf("%s: larger than the --max-bytes limit of %s; raise --max-bytes to analyse it", name, humanBytes(limit))
	}
	text := b.String()
	head := []byte(text[:min(len(text), sniffBytes)])
	if err := checkEncoding(name, head); err != nil {
		return nil, err
	}
	if why := binaryReason(head); why != "" {
		return nil, fmt.Errorf("%s: binary input (%s)", name, why)
	}
	doc := claims.NewDocumentString(path, text)
	switch {
	case len(text) == 0:
		l.warnf("%s: empty input, no claims", name)
	case strings.TrimSpace(text) == "" || text == utf8BOM:
		l.warnf("%s: whitespace only, no claims", name)
	}
	if !utf8.ValidString(text) {
		off := firstInvalid(text)
		pos := doc.Position(off)
		l.warnf("%s:%d:%d: invalid UTF-8 (byte 0x%02X at offset %d); analysed as is, offsets count the file's bytes", name, pos.Line, pos.Column, text[off], off)
	}
	if strings.HasPrefix(text, utf8BOM) {
		doc.Analysis = withoutBOM(text)
	}
	return doc, nil
}

// withoutBOM returns text with its leading UTF-8 BOM replaced by three
// spaces, the same length, for Document.Analysis.
func withoutBOM(text string) string {
	if !strings.HasPrefix(text, utf8BOM) {
		return text
	}
	return "   " + text[len(utf8BOM):]
}

// firstInvalid returns the offset of the first byte of s that is not valid
// UTF-8, or -1.
func firstInvalid(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return -1
}

// humanBytes formats n as "200.0 MiB (209715200 bytes)".
func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB (%d bytes)", float64(n)/(1<<30), n)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB (%d bytes)", float64(n)/(1<<20), n)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB (%d bytes)", float64(n)/(1<<10), n)
	}
	return fmt.Sprintf("%d bytes", n)
}

// byteSize is a flag holding a positive size in bytes, written as a number
// of bytes or with a unit: 1048576, 1024KiB, 64MiB, 1GiB (K, M, G, KB, MB, GB
// are read as the same powers of 1024).
type byteSize int64

// String returns the size in bytes.
func (s *byteSize) String() string { return strconv.FormatInt(int64(*s), 10) }

// Set parses v.
func (s *byteSize) Set(v string) error {
	num := strings.TrimSpace(v)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(num, u.suffix) {
			num, mult = strings.TrimSpace(strings.TrimSuffix(num, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return fmt.Errorf("want a positive size in bytes, such as 67108864 or 64MiB")
	}
	if n*mult > maxInputBytes {
		return fmt.Errorf("want at most 2GiB (2147483647 bytes), the largest input claimtrace can analyse")
	}
	*s = byteSize(n * mult)
	return nil
}

// prepare runs selectInputs over paths and opens --output (when output is
// set) for a batch command. When either fails it reports the error and ok is
// false, with the exit code.
func (l *inputLimits) prepare(ctx context.Context, e *env, output string, paths []string) (kept []string, code int, ok bool) {
	l.warn = e.stderr
	kept, err := l.selectInputs(e, paths)
	if err == nil {
		err = openOutput(ctx, e, output, paths)
	}
	if err != nil {
		return nil, fail(e, l.cmd, err), false
	}
	return kept, exitOK, true
}
