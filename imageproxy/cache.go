package imageproxy

import (
	"container/list"
	"sync"
)

// cache is an LRU of images bounded by the total of their bytes.
type cache struct {
	mu    sync.Mutex
	max   int64
	used  int64
	order *list.List // front: most recently used
	byURL map[string]*list.Element
}

type entry struct {
	url string
	img *Image
}

func newCache(max int64) *cache {
	return &cache{max: max, order: list.New(), byURL: map[string]*list.Element{}}
}

func (c *cache) get(url string) (*Image, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byURL[url]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry).img, true
}

func (c *cache) put(url string, img *Image) {
	size := int64(len(img.Data) + len(url))
	if size > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byURL[url]; ok {
		c.remove(el)
	}
	c.byURL[url] = c.order.PushFront(&entry{url: url, img: img})
	c.used += size
	for c.used > c.max {
		c.remove(c.order.Back())
	}
}

func (c *cache) remove(el *list.Element) {
	e := el.Value.(*entry)
	c.order.Remove(el)
	delete(c.byURL, e.url)
	c.used -= int64(len(e.img.Data) + len(e.url))
}
