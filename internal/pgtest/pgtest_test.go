package pgtest_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/pgtest"
)

func TestSchemasIsolateTests(t *testing.T) {
	t.Parallel()
	a, b := pgtest.New(t), pgtest.New(t)
	require.NotEqual(t, a.Schema, b.Schema)

	_, err := a.Exec(`CREATE TABLE widgets (id int PRIMARY KEY)`)
	require.NoError(t, err)
	_, err = a.Exec(`INSERT INTO widgets VALUES (1)`)
	require.NoError(t, err)

	var n int
	require.NoError(t, a.Get(&n, `SELECT count(*) FROM widgets`))
	require.Equal(t, 1, n)
	_, err = b.Exec(`SELECT * FROM widgets`)
	require.ErrorContains(t, err, `relation "widgets" does not exist`, "b must not see a's table")

	var schema string
	require.NoError(t, a.Get(&schema, `SELECT current_schema()`))
	require.Equal(t, a.Schema, schema)
}

func TestSchemaIsDroppedAfterTheTest(t *testing.T) {
	t.Parallel()
	var schema string
	t.Run("inner", func(t *testing.T) {
		schema = pgtest.New(t).Schema
	})
	probe := pgtest.New(t)
	var exists bool
	require.NoError(t, probe.Get(&exists, `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`, schema))
	require.False(t, exists, "schema %s outlived its test", schema)
}

func TestRefusesDatabasesNotEndingInTest(t *testing.T) {
	for _, url := range []string{
		"postgres://postgres@127.0.0.1:5432/inft?sslmode=disable",
		"postgres://postgres@127.0.0.1:5432/inft_test_backup",
		"mysql://root@127.0.0.1/inft_test",
		"postgres://127.0.0.1:5432/",
	} {
		t.Setenv("TEST_DATABASE_URL", url)
		_, err := pgtest.BaseURL()
		require.Error(t, err, url)
	}
	t.Setenv("TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/other_test")
	base, err := pgtest.BaseURL()
	require.NoError(t, err)
	require.Contains(t, base, "other_test")
}
