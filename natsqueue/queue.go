// Package natsqueue is Hebel's work queue on NATS JetStream (nats.go, the
// one package that imports it): publishers put one message per document
// into a work-queue stream, deduplicated by content with JetStream's
// Nats-Msg-Id; stateless workers pull messages one at a time, acknowledge
// a message only after its record is committed, and move a message that
// failed MaxAttempts times to a dead-letter stream with its error.
//
// Layout for a stream name S (default "HEBEL"):
//
//	stream S        subject S.docs   work queue: a message leaves when acknowledged
//	stream S_DEAD   subject S.dead   dead letters, kept (limits retention)
//	consumer S/workers               durable pull consumer all workers share
//	key-value bucket S_TRIES         failed and released deliveries per job
//
// A message's body is the document's raw bytes; what the container said
// about it (source name, format, URL, title, author, problems, and
// whatever else the publisher adds as opaque JSON) is JSON in the
// Hebel-Job header. A document larger than the server's
// max_payload (1 MB by default) is refused at publication with EINVALID.
//
// The package moves jobs; it must not read documents, extract or store.
package natsqueue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/hebel-project/hebel"
)

// Defaults of Config.
const (
	DefaultStream      = "HEBEL"
	DefaultDuplicates  = time.Hour        // how long a published id is remembered
	DefaultAckWait     = 60 * time.Second // a worker silent this long lost its message
	DefaultMaxAttempts = 4                // failed attempts before the dead letter
	DefaultBackoff     = 2 * time.Second  // delay before the second attempt, doubling after
)

// Header names of a job message.
const (
	headerJob      = "Hebel-Job"      // JSON of the job's metadata
	headerError    = "Hebel-Error"    // dead letters: the last error
	headerAttempts = "Hebel-Attempts" // dead letters: how many deliveries
	headerFailed   = "Hebel-Failed"   // dead letters: when, RFC 3339
)

// headerRoom is what a message keeps free for its headers below the
// server's max_payload.
const headerRoom = 16 << 10

// Config names a queue. Zero fields take the defaults.
type Config struct {
	URL         string        // nats://host:4222, comma-separated for a cluster
	Stream      string        // stream name; subjects are derived from it
	Duplicates  time.Duration // the deduplication window of published ids
	AckWait     time.Duration // redelivery after this long without an ack or a progress note
	MaxAttempts int           // deliveries that fail before the dead letter
	Backoff     time.Duration // delay before redelivering a failed job, doubled each time
	Replicas    int           // stream replicas in a JetStream cluster (1 on one server)
	Name        string        // client name shown by the server's monitoring
}

func (c *Config) fill() {
	if c.Stream == "" {
		c.Stream = DefaultStream
	}
	if c.Duplicates <= 0 {
		c.Duplicates = DefaultDuplicates
	}
	if c.AckWait <= 0 {
		c.AckWait = DefaultAckWait
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.Backoff <= 0 {
		c.Backoff = DefaultBackoff
	}
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
}

// Job is one document to extract: its raw bytes and what its container
// said about it.
type Job struct {
	ID       string          `json:"-"`                  // "sha256:" of Format and Data: the dedup id
	Name     string          `json:"name"`               // source: path, path#item-n, path#record-n
	Format   string          `json:"format,omitempty"`   // "text", "html" or "" to guess
	URL      string          `json:"url,omitempty"`      // link or target URI
	Title    string          `json:"title,omitempty"`    // from the container
	Author   string          `json:"author,omitempty"`   // from the container
	Meta     json.RawMessage `json:"meta,omitempty"`     // more about the document, opaque to the queue (JSON)
	Problems []hebel.Problem `json:"problems,omitempty"` // what the container reported
	Data     []byte          `json:"-"`                  // the message body
	Size     int             `json:"size"`               // len(Data), checked on receipt
	Queued   time.Time       `json:"queued,omitzero"`    // when it was published
	Attempt  int             `json:"-"`                  // deliveries so far, this one included
	Error    string          `json:"-"`                  // dead letters: the last error
	Failed   time.Time       `json:"-"`                  // dead letters: when
	Sequence uint64          `json:"-"`                  // position in its stream
}

// JobID returns the content id of a job: the SHA-256 of its format and
// bytes, so that the same bytes published twice are one job.
func JobID(format string, data []byte) string {
	h := sha256.New()
	h.Write([]byte(format))
	h.Write([]byte{0})
	h.Write(data)
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// Queue is a connection to the queue's streams. It is safe for concurrent
// use.
type Queue struct {
	cfg   Config
	nc    *nats.Conn
	js    jetstream.JetStream
	work  jetstream.Stream
	dead  jetstream.Stream
	tries jetstream.KeyValue // per job id: failed and released deliveries
}

// Connect connects to the server, and creates or updates the streams and
// the workers' consumer.
func Connect(ctx context.Context, cfg Config) (*Queue, error) {
	cfg.fill()
	if cfg.URL == "" {
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: "connecting to the queue", Message: "no queue URL"}
	}
	if strings.ContainsAny(cfg.Stream, ". *>") {
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: "connecting to the queue", Message: fmt.Sprintf("stream name %q holds '.', '*', '>' or a space", cfg.Stream)}
	}
	name := cfg.Name
	if name == "" {
		name = "hebel"
	}
	nc, err := nats.Connect(cfg.URL, nats.Name(name), nats.MaxReconnects(-1),
		nats.ReconnectWait(time.Second), nats.Timeout(5*time.Second), nats.RetryOnFailedConnect(false))
	if err != nil {
		return nil, fmt.Errorf("connecting to the queue %s: %w", redact(cfg.URL), err)
	}
	q := &Queue{cfg: cfg, nc: nc}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("setting up the queue %s on %s: %w", cfg.Stream, redact(cfg.URL), err)
	}
	return q, nil
}

// setup creates or updates the streams and the consumer.
func (q *Queue) setup(ctx context.Context) error {
	js, err := jetstream.New(q.nc)
	if err != nil {
		return err
	}
	q.js = js
	q.work, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.cfg.Stream,
		Description: "Hebel: documents to extract, one message each",
		Subjects:    []string{q.subject("docs")},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  q.cfg.Duplicates,
		Replicas:    q.cfg.Replicas,
	})
	if err != nil {
		return fmt.Errorf("work stream: %w", err)
	}
	q.dead, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.cfg.Stream + "_DEAD",
		Description: "Hebel: documents that failed every attempt, with their errors",
		Subjects:    []string{q.subject("dead")},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  q.cfg.Duplicates,
		Replicas:    q.cfg.Replicas,
	})
	if err != nil {
		return fmt.Errorf("dead-letter stream: %w", err)
	}
	q.tries, err = js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      q.cfg.Stream + "_TRIES",
		Description: "Hebel: failed and released deliveries of jobs still in the queue",
		TTL:         7 * 24 * time.Hour,
		Storage:     jetstream.FileStorage,
		Replicas:    q.cfg.Replicas,
	})
	if err != nil {
		return fmt.Errorf("attempts bucket: %w", err)
	}
	_, err = js.CreateOrUpdateConsumer(ctx, q.cfg.Stream, jetstream.ConsumerConfig{
		Durable:       consumerName,
		Description:   "Hebel workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		MaxDeliver:    -1, // the worker counts attempts and writes the dead letter itself
		FilterSubject: q.subject("docs"),
		MaxAckPending: 10000,
	})
	if err != nil {
		return fmt.Errorf("consumer: %w", err)
	}
	return nil
}

// consumerName is the durable consumer every worker pulls from.
const consumerName = "workers"

func (q *Queue) subject(kind string) string { return q.cfg.Stream + "." + kind }

// Close drains nothing and closes the connection.
func (q *Queue) Close() error {
	q.nc.Close()
	return nil
}

// String names the queue for messages: stream and server.
func (q *Queue) String() string { return q.cfg.Stream + " on " + redact(q.cfg.URL) }

// MaxBody is the largest document body a message can carry: the server's
// max_payload less room for the headers.
func (q *Queue) MaxBody() int { return max(0, int(q.nc.MaxPayload())-headerRoom) }

// Publish puts a job into the queue under its content id and reports
// whether the queue already had it (a duplicate within the deduplication
// window, which JetStream drops). A body over MaxBody gives EINVALID.
func (q *Queue) Publish(ctx context.Context, job *Job) (dup bool, err error) {
	if len(job.Data) > q.MaxBody() {
		return false, &hebel.Error{Code: hebel.EINVALID, Op: "queueing " + job.Name,
			Message: fmt.Sprintf("document is %d bytes, over the queue's message limit of %d (the server's max_payload less %d for headers); raise max_payload in nats-server.conf (at most 64 MB) or ingest it with --db directly",
				len(job.Data), q.MaxBody(), headerRoom)}
	}
	job.ID = JobID(job.Format, job.Data)
	job.Size = len(job.Data)
	if job.Queued.IsZero() {
		job.Queued = time.Now().UTC()
	}
	meta, err := encodeHeader(job)
	if err != nil {
		return false, err
	}
	msg := nats.NewMsg(q.subject("docs"))
	msg.Header.Set(headerJob, meta)
	msg.Data = job.Data
	ack, err := q.js.PublishMsg(ctx, msg, jetstream.WithMsgID(job.ID))
	if err != nil {
		return false, fmt.Errorf("queueing %s: %w", job.Name, err)
	}
	return ack.Duplicate, nil
}

// encodeHeader returns the job's metadata as JSON with every non-ASCII
// character escaped, so that it travels safely in a header.
func encodeHeader(job *Job) (string, error) {
	buf, err := json.Marshal(job)
	if err != nil {
		return "", &hebel.Error{Code: hebel.EINVALID, Op: "queueing " + job.Name, Message: "cannot encode the job", Err: err}
	}
	var b strings.Builder
	for _, r := range string(buf) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r > 0xFFFF:
			r -= 0x10000
			fmt.Fprintf(&b, `\u%04x\u%04x`, 0xD800+(r>>10), 0xDC00+(r&0x3FF))
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String(), nil
}

// decodeJob reads a job from a message's header and body. A message
// without a readable header is still a job, named by its id, so that it
// reaches the dead letters instead of circling.
func decodeJob(h nats.Header, data []byte) (*Job, error) {
	job := &Job{}
	raw := h.Get(headerJob)
	var err error
	if raw == "" {
		err = errors.New("message has no " + headerJob + " header")
	} else if jerr := json.Unmarshal([]byte(raw), job); jerr != nil {
		err = fmt.Errorf("reading the %s header: %w", headerJob, jerr)
	} else if job.Size != len(data) {
		err = fmt.Errorf("body is %d bytes, the header says %d", len(data), job.Size)
	}
	job.Data = data
	job.ID = h.Get(jetstream.MsgIDHeader)
	if job.Name == "" {
		job.Name = job.ID
	}
	if err != nil {
		return job, &hebel.Error{Code: hebel.EINVALID, Op: "reading job " + job.Name, Err: err}
	}
	return job, nil
}

// redact returns a server URL without user and password.
func redact(s string) string {
	var out []string
	for _, one := range strings.Split(s, ",") {
		if u, err := url.Parse(strings.TrimSpace(one)); err == nil && u.User != nil {
			u.User = nil
			one = u.String()
		}
		out = append(out, one)
	}
	return strings.Join(out, ",")
}
