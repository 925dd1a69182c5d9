package imageproxy

import (
	"fmt"
	"testing"
)

func TestCacheBoundedInBytes(t *testing.T) {
	c := newCache(1000)
	img := func(n int) *Image { return &Image{ContentType: "image/png", Data: make([]byte, n)} }
	for i := range 10 {
		c.put(fmt.Sprintf("u%d", i), img(190)) // 192 bytes each with the key
	}
	if c.used > 1000 {
		t.Fatalf("cache holds %d bytes, limit 1000", c.used)
	}
	if _, ok := c.get("u0"); ok {
		t.Error("the oldest entry survived")
	}
	if _, ok := c.get("u9"); !ok {
		t.Error("the newest entry is gone")
	}
	// Used entries stay: u5 is touched, then more are added.
	c.get("u5")
	c.put("x1", img(190))
	c.put("x2", img(190))
	if _, ok := c.get("u5"); !ok {
		t.Error("a recently used entry was evicted first")
	}
	c.put("huge", img(5000))
	if _, ok := c.get("huge"); ok {
		t.Error("an entry larger than the cache was kept")
	}
}
