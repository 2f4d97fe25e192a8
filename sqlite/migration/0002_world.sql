-- World data loaded by users (hebel data load): one row per dataset row,
-- grouped by (dataset, file); a group is replaced whole when loaded again.

CREATE TABLE world_loads (
	dataset    TEXT NOT NULL,
	file       TEXT NOT NULL,
	n_flows    INTEGER NOT NULL,
	n_ties     INTEGER NOT NULL,
	n_inds     INTEGER NOT NULL,
	n_errors   INTEGER NOT NULL,
	loaded_at  TEXT NOT NULL,
	PRIMARY KEY (dataset, file)
);

CREATE TABLE world_flows (
	dataset  TEXT NOT NULL,
	version  TEXT NOT NULL,
	file     TEXT NOT NULL,
	row      INTEGER NOT NULL,
	url      TEXT NOT NULL,
	year     INTEGER NOT NULL,
	src      TEXT NOT NULL,
	dst      TEXT NOT NULL,
	channel  TEXT NOT NULL,
	value    REAL NOT NULL,
	unit     TEXT NOT NULL,
	claim_id TEXT NOT NULL,
	note     TEXT NOT NULL
);
CREATE INDEX world_flows_group_idx ON world_flows (dataset, file);
CREATE INDEX world_flows_year_idx ON world_flows (year, dst, channel);

CREATE TABLE world_ties (
	dataset    TEXT NOT NULL,
	version    TEXT NOT NULL,
	file       TEXT NOT NULL,
	row        INTEGER NOT NULL,
	url        TEXT NOT NULL,
	kind       TEXT NOT NULL,
	src        TEXT NOT NULL,
	dst        TEXT NOT NULL,
	start_year INTEGER NOT NULL,
	end_year   INTEGER NOT NULL,
	value      REAL NOT NULL,
	unit       TEXT NOT NULL,
	attributes TEXT NOT NULL -- JSON object of strings
);
CREATE INDEX world_ties_group_idx ON world_ties (dataset, file);

CREATE TABLE world_indicators (
	dataset TEXT NOT NULL,
	version TEXT NOT NULL,
	file    TEXT NOT NULL,
	row     INTEGER NOT NULL,
	url     TEXT NOT NULL,
	country TEXT NOT NULL,
	year    INTEGER NOT NULL,
	name    TEXT NOT NULL,
	value   REAL NOT NULL,
	unit    TEXT NOT NULL,
	note    TEXT NOT NULL
);
CREATE INDEX world_indicators_group_idx ON world_indicators (dataset, file);
