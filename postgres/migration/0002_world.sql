-- World data loaded by users (hebel data load): one row per dataset row,
-- grouped by (dataset, file); a group is replaced whole when loaded again.
-- seq keeps the order of loading.

CREATE TABLE world_loads (
	dataset   text NOT NULL,
	file      text NOT NULL,
	n_flows   integer NOT NULL,
	n_ties    integer NOT NULL,
	n_inds    integer NOT NULL,
	n_errors  integer NOT NULL,
	loaded_at timestamptz NOT NULL,
	PRIMARY KEY (dataset, file)
);

CREATE TABLE world_flows (
	seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	dataset  text NOT NULL,
	version  text NOT NULL,
	file     text NOT NULL,
	row      integer NOT NULL,
	url      text NOT NULL,
	year     integer NOT NULL,
	src      text NOT NULL,
	dst      text NOT NULL,
	channel  text NOT NULL,
	value    double precision NOT NULL,
	unit     text NOT NULL,
	claim_id text NOT NULL,
	note     text NOT NULL
);
CREATE INDEX world_flows_group_idx ON world_flows (dataset, file);
CREATE INDEX world_flows_year_idx ON world_flows (year, dst, channel);

CREATE TABLE world_ties (
	seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	dataset    text NOT NULL,
	version    text NOT NULL,
	file       text NOT NULL,
	row        integer NOT NULL,
	url        text NOT NULL,
	kind       text NOT NULL,
	src        text NOT NULL,
	dst        text NOT NULL,
	start_year integer NOT NULL,
	end_year   integer NOT NULL,
	value      double precision NOT NULL,
	unit       text NOT NULL,
	attributes jsonb NOT NULL -- JSON object of strings
);
CREATE INDEX world_ties_group_idx ON world_ties (dataset, file);

CREATE TABLE world_indicators (
	seq     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	dataset text NOT NULL,
	version text NOT NULL,
	file    text NOT NULL,
	row     integer NOT NULL,
	url     text NOT NULL,
	country text NOT NULL,
	year    integer NOT NULL,
	name    text NOT NULL,
	value   double precision NOT NULL,
	unit    text NOT NULL,
	note    text NOT NULL
);
CREATE INDEX world_indicators_group_idx ON world_indicators (dataset, file);
