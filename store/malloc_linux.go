//go:build linux && cgo

package store

/*
#include <malloc.h>

// Fix glibc's mmap threshold at its default of 128 KiB. Left dynamic, it
// rises to the largest block freed so far: once SQLite has freed one
// multi-megabyte buffer (a large email's text bound to an INSERT, its
// full-text terms), every later buffer of that size comes from the heap
// arenas, whose freed space is not given back to the system. Measured with
// `make bench-memory` (40 messages of 15 MB): peak RSS 455 MiB dynamic,
// 273 MiB fixed.
static void mailroom_fix_mmap_threshold(void) { mallopt(M_MMAP_THRESHOLD, 128 * 1024); }
*/
import "C"

func init() { C.mailroom_fix_mmap_threshold() }
