package ingest

import (
	"fmt"
	"reflect"
	"testing"

	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/mail/account"
)

// Every parameter but the password is stored in the ent field its tag names:
// a parameter added to FolderParams without a tag, or with a tag naming no
// stored field, fails here (a wrong tag also stops the program at start).
func TestFolderParamsAreStored(t *testing.T) {
	notStored := map[string]bool{"Password": true}
	pt := reflect.TypeFor[FolderParams]()
	tagged := 0
	for i := range pt.NumField() {
		f := pt.Field(i)
		if _, ok := f.Tag.Lookup("ent"); !ok && !notStored[f.Name] {
			t.Errorf("FolderParams.%s has no ent tag: where is it stored?", f.Name)
		} else if ok {
			tagged++
		}
	}
	if len(folderFields) != tagged {
		t.Fatalf("%d fields indexed, %d tagged", len(folderFields), tagged)
	}

	// A distinct value for each parameter goes through patch and
	// setFolderFields into the mutation, plain strings trimmed unless verbatim.
	var p FolderParams
	in := reflect.ValueOf(&p).Elem()
	want := map[string]any{}
	for n, f := range folderFields {
		v := reflect.New(in.Field(f.param).Type().Elem()).Elem()
		switch v.Kind() {
		case reflect.String:
			v.SetString(fmt.Sprintf(" value %d ", n))
		case reflect.Int:
			v.SetInt(int64(1000 + n))
		case reflect.Bool:
			v.SetBool(!(f.def.IsValid() && f.def.Bool()))
		default:
			t.Fatalf("%s: no test value for %s", f.name, v.Type())
		}
		ptr := reflect.New(v.Type())
		ptr.Elem().Set(v)
		in.Field(f.param).Set(ptr)
		w := v.Interface()
		if s, ok := w.(string); ok && !f.verbatim { // enums are not trimmed
			w = s[1 : len(s)-1]
		}
		want[f.name] = w
	}
	st := defaultSettings()
	st.patch(p)
	m := ent.NewClient().EmailFolder.Create().Mutation()
	if err := setFolderFields(m, st); err != nil {
		t.Fatal(err)
	}
	for name, w := range want {
		if got, _ := m.Field(name); got != w {
			t.Errorf("%s: stored %#v, want %#v", name, got, w)
		}
	}
	// Read back from a stored row, the settings are the same.
	row := ent.EmailFolder{}
	rv := reflect.ValueOf(&row).Elem()
	for _, f := range folderFields {
		rv.Field(f.row).Set(reflect.ValueOf(want[f.name]))
	}
	if got := settingsOf(&row, "pw"); !reflect.DeepEqual(got.EmailFolder, st.EmailFolder) || got.Password != "pw" {
		t.Errorf("settingsOf differs from the settings stored")
	}
}

// The defaults of a new folder are the ent schema's.
func TestFolderDefaultsFromSchema(t *testing.T) {
	d := defaultSettings()
	if d.Protocol != emailfolder.ProtocolIMAPS || !d.SocketFactoryFallback || !d.StartTLS ||
		d.SslProtocols != account.DefaultSSLProtocols || d.EmailsLimit != 100 || d.Mailbox != "INBOX" ||
		d.FetchIntervalMinutes != 30 || !d.Push || d.AllowInsecureAuth {
		t.Fatalf("defaults: %+v", d.EmailFolder)
	}
	if d.EmailsLimit != emailfolder.DefaultEmailsLimit || d.Mailbox != emailfolder.DefaultMailbox {
		t.Fatalf("defaults differ from the generated ones")
	}
}
