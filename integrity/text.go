package integrity

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes the report in words: a summary, then one line per
// problem (at most limit of each kind; 0 = all), then what to do.
func (r *Report) WriteText(w io.Writer, limit int) {
	missing, corrupted, unref := r.Count(Missing), r.Count(Corrupted), r.Count(Unreferenced)
	fmt.Fprintf(w, "Checked %d blobs (%s) in %s: %d intact, %d missing, %d corrupted; %d blobs nothing refers to.\n",
		r.Referenced, Bytes(r.BytesChecked), r.Took.Round(1e7), r.Intact, missing, corrupted, unref)
	shown := map[Kind]int{}
	for _, p := range r.Problems {
		if limit > 0 && shown[p.Kind] >= limit {
			continue
		}
		shown[p.Kind]++
		switch p.Kind {
		case Unreferenced:
			fmt.Fprintf(w, "  unreferenced %s (%s): %s\n", p.SHA256, Bytes(p.Size), p.Detail)
		default:
			fmt.Fprintf(w, "  %-12s %s of %s: %s\n", strings.ToLower(string(p.Kind)), p.SHA256, emails(p.EmailIDs), p.Detail)
		}
	}
	for _, k := range []Kind{Missing, Corrupted, Unreferenced} {
		if n := r.Count(k); limit > 0 && n > limit {
			fmt.Fprintf(w, "  … and %d more %s\n", n-limit, strings.ToLower(string(k)))
		}
	}
	switch {
	case r.OK():
		fmt.Fprintln(w, "Every blob the database refers to is present and intact.")
	default:
		fmt.Fprintf(w, "%d blobs the database refers to are missing or corrupted: downloads of those emails fail. "+
			"Copy them back from a backup (the backup's blobs/ directory holds them under the same names) and run verify again.\n",
			missing+corrupted)
	}
	if unref > 0 {
		fmt.Fprintln(w, "Unreferenced blobs are harmless (an import in progress writes its blobs before it commits); they cost only disk space.")
	}
}

func emails(ids []int) string {
	if len(ids) == 1 {
		return fmt.Sprintf("email %d", ids[0])
	}
	parts := make([]string, 0, len(ids))
	for i, id := range ids {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("%d more", len(ids)-5))
			break
		}
		parts = append(parts, fmt.Sprint(id))
	}
	return "emails " + strings.Join(parts, ", ")
}

// Bytes writes a size for people: 12.3 MB.
func Bytes(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %cB", float64(n)/float64(div), "kMGTPE"[exp])
}
