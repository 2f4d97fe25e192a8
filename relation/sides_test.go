package relation

import (
	"testing"

	"github.com/hebel-project/hebel"
)

func TestSideOf(t *testing.T) {
	tests := []struct {
		e    hebel.Entity
		want string
	}{
		{hebel.Entity{ID: "RUS", Type: hebel.Country}, "RUS"},
		{hebel.Entity{ID: "person:a", Type: hebel.Person, Country: "RUS", Role: "President of Russia"}, "RUS"},
		{hebel.Entity{ID: "person:b", Type: hebel.Person, Country: "DEU", Role: "Defence Minister of Germany"}, "DEU"},
		{hebel.Entity{ID: "person:c", Type: hebel.Person, Role: "Analyst"}, ""},
		{hebel.Entity{ID: "person:d", Type: hebel.Person, Country: "USA", Role: "news anchor"}, ""},
		{hebel.Entity{ID: "org:x", Type: hebel.Organisation, Country: "USA", Role: "defence ministry"}, "USA"},
		{hebel.Entity{ID: "org:y", Type: hebel.Organisation, Country: "KOR", Role: "intelligence service"}, ""},
		{hebel.Entity{ID: "org:un", Type: hebel.Organisation}, "org:un"},
		{hebel.Entity{ID: "group:experts", Type: hebel.Group}, ""},
	}
	for _, tt := range tests {
		if got := sideOf(&tt.e); got != tt.want {
			t.Errorf("sideOf(%s) = %q, want %q", tt.e.ID, got, tt.want)
		}
	}
}
