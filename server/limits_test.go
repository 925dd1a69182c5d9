package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

func (e *apiEnv) post(token, contentType string, body io.Reader, length int64) (*http.Response, []byte) {
	e.t.Helper()
	req, _ := http.NewRequest("POST", e.srv.URL+"/query", body)
	req.ContentLength = length // -1: chunked
	req.Header.Set("Content-Type", contentType)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

// A body over 1 MiB is answered 413 before gqlgen reads it, whether it
// announces its length or comes chunked, signed in or not.
func TestOversizedBodyIs413(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	big := `{"query":"{__typename}","variables":{"x":"` + strings.Repeat("a", maxQueryBody) + `"}}`
	for _, c := range []struct {
		name   string
		length int64
		token  string
	}{{"announced", int64(len(big)), ""}, {"chunked", -1, ""}, {"chunked signed in", -1, tok}} {
		res, body := e.post(c.token, "application/json", strings.NewReader(big), c.length)
		if res.StatusCode != http.StatusRequestEntityTooLarge || bytes.Contains(body, []byte("aaaa")) {
			t.Errorf("%s: %d %.200s", c.name, res.StatusCode, body)
		}
	}
	// Just under the limit is still served.
	ok := `{"query":"{me{username}}","variables":{"x":"` + strings.Repeat("a", maxQueryBody-100) + `"}}`
	if res, body := e.post(tok, "application/json", strings.NewReader(ok), -1); res.StatusCode != 200 || !bytes.Contains(body, []byte("admin")) {
		t.Fatalf("body under the limit: %d %.200s", res.StatusCode, body)
	}
}

// A body that is not a GraphQL request is refused without being quoted back.
func TestBadBodyIsNotEchoed(t *testing.T) {
	e := newAPI(t)
	secret := strings.Repeat("<script>alert(1)</script>", 100)
	for _, b := range []string{`{"query": ` + secret, `["` + secret + `"]`, `{"query":1,"x":"` + secret + `"}`} {
		res, body := e.post("", "application/json", strings.NewReader(b), int64(len(b)))
		if res.StatusCode != 400 || bytes.Contains(body, []byte("script")) || len(body) > 300 {
			t.Errorf("%d %.300s", res.StatusCode, body)
		}
	}
}

// An anonymous megabyte of `{__typename __typename …}` is refused by the
// parser's token limit, in milliseconds, not parsed and validated.
func TestTokenFlood(t *testing.T) {
	e := newAPI(t)
	q := "{" + strings.Repeat("__typename ", (maxQueryBody-100)/len("__typename ")) + "}"
	body, _ := json.Marshal(map[string]any{"query": q})
	start := time.Now()
	res, out := e.post("", "application/json", bytes.NewReader(body), int64(len(body)))
	took := time.Since(start)
	var r gqlResp
	_ = json.Unmarshal(out, &r)
	if len(r.Data) > 0 || code(r) != "GRAPHQL_PARSE_FAILED" || !strings.Contains(r.Errors[0].Message, "token limit") {
		t.Fatalf("token flood: %d %.300s", res.StatusCode, out)
	}
	// Validating it would take seconds (5 s for 5,000 fields); the bound
	// leaves room for a loaded machine.
	if took > 2*time.Second {
		t.Fatalf("token flood took %v", took)
	}
	// Just under the token limit, the quadratic validation rule (5 s for
	// 5,000 identical fields) must not run, nor for just above the field limit.
	for _, n := range []int{queryTokenLimit - 10, maxQueryFields + 1} {
		q = "{" + strings.Repeat("__typename ", n) + "}"
		start = time.Now()
		r = e.gql("", q, nil)
		if took := time.Since(start); took > 2*time.Second || len(r.Data) > 0 || code(r) != "GRAPHQL_VALIDATION_FAILED" {
			t.Fatalf("%d fields took %v: %v", n, took, r.Errors)
		}
	}
	// The most the validation rule can be made to do: maxQueryFields identical fields.
	q = "{" + strings.Repeat("__typename ", maxQueryFields) + "}"
	start = time.Now()
	r = e.gql("", q, nil)
	t.Logf("1 MiB flood refused in %v; %d identical fields answered (%s) in %v", took, maxQueryFields, code(r), time.Since(start))
}

// Aliases and nesting are bounded, fragments expanded.
func TestQueryShapeLimits(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	var aliases strings.Builder
	for i := range maxQueryFields + 1 {
		aliases.WriteString("a" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + itoa(i) + ":__typename ")
	}
	deep := "{me{" + strings.Repeat("groups{members{", 8) + "id" + strings.Repeat("}}", 8) + "}}"
	// Fragments that double each other: 2^12 fields from a small document.
	frag := "query{me{...F0}} fragment F12 on User{id} "
	for i := 0; i < 12; i++ {
		frag += "fragment F" + itoa(i) + " on User{...F" + itoa(i+1) + " a" + itoa(i) + ":groups{members{...F" + itoa(i+1) + "}}} "
	}
	for name, q := range map[string]string{"aliases": "{" + aliases.String() + "}", "depth": deep, "fragments": frag} {
		r := e.gql(tok, q, nil)
		if len(r.Data) > 0 || len(r.Errors) == 0 || code(r) != "GRAPHQL_VALIDATION_FAILED" && code(r) != "COMPLEXITY_LIMIT_EXCEEDED" {
			t.Errorf("%s: data=%v errors=%v", name, r.Data != nil, r.Errors)
		}
	}
	// The playground's introspection query still runs.
	r := e.gql(tok, introspectionQuery, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("introspection: %v", r.Errors)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// GET runs queries only: a login over GET (a link, an <img>) sets nothing.
func TestGetCannotLogin(t *testing.T) {
	e := newAPI(t)
	q := url.Values{"query": {`mutation{login(username:"admin",password:"` + adminPassword + `"){token}}`}}
	res, err := http.Get(e.srv.URL + "/query?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if bytes.Contains(body, []byte("token\":\"")) || res.StatusCode == 200 && !bytes.Contains(body, []byte("errors")) {
		t.Fatalf("login over GET: %d %s", res.StatusCode, body)
	}
}

// introspectionQuery is GraphiQL's, as the playground sends it.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`
