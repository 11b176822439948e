package main

import "testing"

func TestByteSize_Set(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64 // 0: an error
	}{
		{"67108864", 64 << 20}, {"64MiB", 64 << 20}, {"64MB", 64 << 20}, {"64M", 64 << 20},
		{"512KiB", 512 << 10}, {"1GiB", 1 << 30}, {"10B", 10}, {" 2 MiB ", 2 << 20},
		{"0", 0}, {"-1", 0}, {"", 0}, {"MiB", 0}, {"1.5MiB", 0}, {"1TiB", 0}, {"9223372036854775807GiB", 0},
	} {
		t.Run(tt.in, func(t *testing.T) {
			var s byteSize
			err := s.Set(tt.in)
			if tt.want == 0 {
				if err == nil {
					t.Fatalf("Set(%q) = %d, want an error", tt.in, s)
				}
				return
			}
			if err != nil || int64(s) != tt.want {
				t.Fatalf("Set(%q) = %d, %v; want %d", tt.in, s, err, tt.want)
			}
		})
	}
}

func TestBinaryReason(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		binary   bool
	}{
		{"news", "The talks stalled, officials said.\r\n\tIndented.\f\v\x1b[0m", false},
		{"empty", "", false},
		{"nul", "text\x00", true},
		{"control", "\x01\x02\x03abcdefg", true},
		{"few-control", "\x01" + "abcdefghijklmnopqrstuvwxyz", false},
		{"invalid-utf8", "\xff\xfe\xfd text", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := binaryReason([]byte(tt.in)); (got != "") != tt.binary {
				t.Fatalf("binaryReason(%q) = %q, want binary %v", tt.in, got, tt.binary)
			}
		})
	}
}

func TestFirstInvalid(t *testing.T) {
	for in, want := range map[string]int{"": -1, "ok “quotes”": -1, "a\xffb": 1, "“\xe2\x80": 3, "Türkiye\xc3": 8} {
		if got := firstInvalid(in); got != want {
			t.Errorf("firstInvalid(%q) = %d, want %d", in, got, want)
		}
	}
}
