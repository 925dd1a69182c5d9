package server

import (
	"encoding/json"
	"testing"
)

// The attack: any signed-in user listed everyone's email address,
// administrator flag and disabled state (and group memberships) through
// users, groups, node(id:) or an access entry. Non-administrators now see
// what sharing needs; the viewer sees their own record in full through me.
func TestUsersAndGroupsShowOthersOnlyWhatSharingNeeds(t *testing.T) {
	e := newAPI(t)
	admin := e.login()
	mk := func(name, email string, isAdmin bool) string {
		r := e.gql(admin, `mutation($i:CreateUserInput!){createUser(input:$i){id}}`, map[string]any{"i": map[string]any{
			"username": name, "password": name + "-password", "email": email, "displayName": "The " + name, "isAdmin": isAdmin}})
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		return r.Data["createUser"].(map[string]any)["id"].(string)
	}
	aliceID := mk("alice", "alice@example.com", false)
	bossID := mk("boss", "boss@example.com", true)
	goneID := mk("gone", "gone@example.com", false)
	if r := e.gql(admin, `mutation($id:ID!){updateUser(id:$id,input:{disabled:true}){id}}`, map[string]any{"id": goneID}); len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	if r := e.gql(admin, `mutation($m:[ID!]){createGroup(input:{name:"staff",memberIDs:$m}){id}}`, map[string]any{"m": []string{aliceID, bossID}}); len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	r := e.gql("", `mutation{login(username:"alice",password:"alice-password"){token}}`, nil)
	alice := r.Data["login"].(map[string]any)["token"].(string)

	const people = `{
		me { id username email isAdmin disabled createdAt groups { name } }
		users { id username displayName email isAdmin disabled createdAt groups { id } }
		groups { id name createdAt members { id username email } }
	}`
	type user struct {
		ID, Username, DisplayName string
		Email                     *string
		IsAdmin, Disabled         *bool
		CreatedAt                 *string
		Groups                    []struct{ ID, Name string }
	}
	var got struct {
		Me     user
		Users  []user
		Groups []struct {
			ID, Name  string
			CreatedAt *string
			Members   []user
		}
	}
	read := func(tok string) {
		t.Helper()
		r := e.gql(tok, people, nil)
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		b, _ := json.Marshal(r.Data)
		got.Users, got.Groups = nil, nil
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
	}

	read(alice)
	if m := got.Me; m.Email == nil || *m.Email != "alice@example.com" || m.IsAdmin == nil || *m.IsAdmin || m.Disabled == nil ||
		m.CreatedAt == nil || len(m.Groups) != 1 || m.Groups[0].Name != "staff" {
		t.Errorf("me as alice: %+v", m)
	}
	names := map[string]bool{}
	for _, u := range got.Users {
		names[u.Username] = true
		if u.ID == "" || u.Username == "" || u.DisplayName == "" && u.Username != "admin" {
			t.Errorf("what sharing needs is missing: %+v", u)
		}
		self := u.ID == aliceID
		if hidden := u.Email == nil && u.IsAdmin == nil && u.Disabled == nil && u.CreatedAt == nil && u.Groups == nil; hidden == self {
			t.Errorf("alice sees %s: email %v admin %v disabled %v created %v groups %v", u.Username, u.Email, u.IsAdmin, u.Disabled, u.CreatedAt, u.Groups)
		}
	}
	if names["gone"] || !names["boss"] || !names["alice"] {
		t.Errorf("users for alice: %v (the disabled one is not offered for sharing)", names)
	}
	if len(got.Groups) != 1 || got.Groups[0].Name != "staff" || got.Groups[0].CreatedAt != nil || got.Groups[0].Members != nil {
		t.Errorf("groups for alice: %+v", got.Groups)
	}
	// The same through node(id:).
	r = e.gql(alice, `query($id:ID!){node(id:$id){... on User{username email isAdmin}}}`, map[string]any{"id": bossID})
	if n, _ := r.Data["node"].(map[string]any); n != nil && (n["email"] != nil || n["isAdmin"] != nil) {
		t.Errorf("node(boss) for alice: %v", n)
	}

	read(admin)
	seen := 0
	for _, u := range got.Users {
		if u.Email == nil || u.IsAdmin == nil || u.Disabled == nil || u.CreatedAt == nil {
			t.Errorf("the administrator misses details of %s", u.Username)
		}
		if u.ID == bossID && *u.IsAdmin && *u.Email == "boss@example.com" || u.ID == goneID && *u.Disabled {
			seen++
		}
	}
	if seen != 2 || len(got.Groups) != 1 || got.Groups[0].CreatedAt == nil || len(got.Groups[0].Members) != 2 ||
		got.Groups[0].Members[0].Email == nil {
		t.Errorf("the administrator's view: users %+v groups %+v", got.Users, got.Groups)
	}
}
