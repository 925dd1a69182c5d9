package ingest

import (
	"fmt"
	"reflect"
	"strings"

	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/ent/schema"
)

// FolderParams are the settings of an email folder as a patch: nil keeps the
// current value (or takes the default on creation). It is the one list of a
// folder's parameters:
//   - the `ent` tag names the stored field a parameter is read from and
//     written to, its default taken from the ent schema ("verbatim": a string
//     kept as entered);
//   - the GraphQL inputs are generated from it into graph/folder.graphqls by
//     graph/folderinputs.go and bound back to it in gqlgen.yml; the `graphql`
//     tag marks a parameter required on creation ("create!") and a
//     connection parameter, sent with a connection test ("test", "test!"
//     when required there).
//
// Adding a parameter is a field here and in ent/schema/emailfolder.go (see
// docs/architecture.md).
type FolderParams struct {
	Title    *string `ent:"title" graphql:"create!"`
	Email    *string `ent:"email" graphql:"create!,test!"`
	Username *string `ent:"username" graphql:"test"`
	// Password is not stored as such: it is sealed into password_enc, bound
	// to the connection identity (credentials.go).
	Password              *string                  `graphql:"test"` // required by validate unless authMethod is OAUTH2
	Protocol              *emailfolder.Protocol    `ent:"protocol" graphql:"test"`
	Host                  *string                  `ent:"host" graphql:"create!,test!"`
	Port                  *int                     `ent:"port" graphql:"test"`
	SocketFactoryFallback *bool                    `ent:"socket_factory_fallback" graphql:"test"`
	SocketFactoryPort     *int                     `ent:"socket_factory_port" graphql:"test"`
	StartTLS              *bool                    `ent:"start_tls" graphql:"test"`
	SSLProtocols          *string                  `ent:"ssl_protocols" graphql:"test"`
	EmailsLimit           *int                     `ent:"emails_limit"`
	Mailbox               *string                  `ent:"mailbox" graphql:"test"`
	FetchIntervalMinutes  *int                     `ent:"fetch_interval_minutes"`
	Push                  *bool                    `ent:"push"`
	AfterImport           *emailfolder.AfterImport `ent:"after_import"`
	MoveTo                *string                  `ent:"move_to"`
	// A PEM certificate is kept as entered ("verbatim": not trimmed).
	TrustedCertificate *string `ent:"trusted_certificate,verbatim" graphql:"test"`
	AllowInsecureAuth  *bool   `ent:"allow_insecure_auth" graphql:"test"`
	// OAUTH2 signs in through OauthProviderID instead of the password (ingest/oauth.go).
	AuthMethod      *emailfolder.AuthMethod `ent:"auth_method" graphql:"test"`
	OauthProviderID *int                    `ent:"oauth_provider_id" graphql:"test"`
}

// NewFolder is the input of a new folder (GraphQL CreateEmailFolderInput).
type NewFolder struct {
	WorkspaceID int
	FolderParams
}

// ConnectionTest is the input of a connection test (GraphQL
// TestConnectionInput): the parameters to try, starting from an existing
// folder's when FolderID is set.
type ConnectionTest struct {
	FolderID *int
	FolderParams
}

// settings is a folder's complete parameter set, the result of applying a
// FolderParams patch to the stored folder (or to the defaults): the row as
// it will be stored, and the password in clear.
type settings struct {
	ent.EmailFolder
	Password string
}

// folderField ties a FolderParams field to the ent field it is stored in.
type folderField struct {
	name     string // the ent field (emailfolder.FieldTitle, …)
	param    int    // index in FolderParams
	row      int    // index in ent.EmailFolder
	verbatim bool   // a string kept as entered
	optional bool   // an optional ent field: its zero value is stored as NULL (a reference)
	def      reflect.Value
}

// folderFields is read from the `ent` tags of FolderParams once; a tag that
// names no ent field, or a type that differs from the stored one, stops the
// program at start (and every test of the package).
var folderFields = indexFolderFields()

func indexFolderFields() []folderField {
	rowT := reflect.TypeFor[ent.EmailFolder]()
	rows := map[string]int{}
	for i := range rowT.NumField() {
		name, _, _ := strings.Cut(rowT.Field(i).Tag.Get("json"), ",")
		rows[name] = i
	}
	defaults := map[string]any{}
	optional := map[string]bool{}
	for _, f := range (schema.EmailFolder{}).Fields() {
		d := f.Descriptor()
		if d.Default != nil {
			defaults[d.Name] = d.Default
		}
		optional[d.Name] = d.Optional
	}
	pt := reflect.TypeFor[FolderParams]()
	var out []folderField
	for i := range pt.NumField() {
		pf := pt.Field(i)
		tag, ok := pf.Tag.Lookup("ent")
		if !ok {
			continue
		}
		name, opt, _ := strings.Cut(tag, ",")
		j, ok := rows[name]
		if !ok {
			panic(fmt.Sprintf("ingest.FolderParams.%s: ent.EmailFolder has no field %q", pf.Name, name))
		}
		rt := rowT.Field(j).Type
		if pf.Type != reflect.PointerTo(rt) {
			panic(fmt.Sprintf("ingest.FolderParams.%s is %s, the stored field %q is %s", pf.Name, pf.Type, name, rt))
		}
		f := folderField{name: name, param: i, row: j, verbatim: opt == "verbatim", optional: optional[name]}
		if d, ok := defaults[name]; ok {
			f.def = reflect.ValueOf(d).Convert(rt)
		}
		out = append(out, f)
	}
	return out
}

// defaultSettings are the defaults of the ent schema.
func defaultSettings() settings {
	var s settings
	row := reflect.ValueOf(&s.EmailFolder).Elem()
	for _, f := range folderFields {
		if f.def.IsValid() {
			row.Field(f.row).Set(f.def)
		}
	}
	return s
}

func settingsOf(f *ent.EmailFolder, password string) settings {
	return settings{EmailFolder: *f, Password: password}
}

// patch sets the fields p gives; strings are trimmed unless verbatim, and an
// empty password keeps the current one.
func (s *settings) patch(p FolderParams) {
	in := reflect.ValueOf(p)
	row := reflect.ValueOf(&s.EmailFolder).Elem()
	for _, f := range folderFields {
		v := in.Field(f.param)
		if v.IsNil() {
			continue
		}
		v = v.Elem()
		if v.Type() == reflect.TypeFor[string]() && !f.verbatim {
			v = reflect.ValueOf(strings.TrimSpace(v.String()))
		}
		row.Field(f.row).Set(v)
	}
	if p.Password != nil && *p.Password != "" {
		s.Password = *p.Password
	}
}

// setFolderFields writes every parameter of st into the mutation m.
func setFolderFields(m *ent.EmailFolderMutation, st settings) error {
	row := reflect.ValueOf(st.EmailFolder)
	for _, f := range folderFields {
		if v := row.Field(f.row); f.optional && v.IsZero() {
			if err := m.ClearField(f.name); err != nil {
				return err
			}
			continue
		}
		if err := m.SetField(f.name, row.Field(f.row).Interface()); err != nil {
			return err
		}
	}
	return nil
}
