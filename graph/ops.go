package graph

import (
	"mailroom/graph/model"
	"mailroom/integrity"
)

// integrityProblemsShown bounds the problems one answer lists.
const integrityProblemsShown = 100

func integrityReport(r *integrity.Report) *model.IntegrityReport {
	out := &model.IntegrityReport{
		CheckedAt: r.CheckedAt, TookMs: int(r.Took.Milliseconds()), Ok: r.OK(),
		ReferencedBlobs: r.Referenced, IntactBlobs: r.Intact, MissingBlobs: r.Count(integrity.Missing),
		CorruptedBlobs: r.Count(integrity.Corrupted), UnreferencedBlobs: r.Count(integrity.Unreferenced),
		BytesChecked: int(r.BytesChecked), Problems: []*model.IntegrityProblem{},
	}
	for i, p := range r.Problems {
		if i == integrityProblemsShown {
			break
		}
		mp := &model.IntegrityProblem{Kind: model.IntegrityProblemKind(p.Kind), Sha256: p.SHA256, Detail: p.Detail,
			EmailIDs: p.EmailIDs}
		if p.Size >= 0 {
			size := int(p.Size)
			mp.Size = &size
		}
		if p.Expected >= 0 {
			exp := int(p.Expected)
			mp.ExpectedSize = &exp
		}
		if mp.EmailIDs == nil {
			mp.EmailIDs = []int{}
		}
		out.Problems = append(out.Problems, mp)
	}
	return out
}
