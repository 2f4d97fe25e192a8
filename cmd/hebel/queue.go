package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/ingest"
	"github.com/hebel-project/hebel/natsqueue"
)

// envQueue names the environment variable that gives --queue's default.
const envQueue = "HEBEL_QUEUE"

// queueFlags are the flags of the commands that talk to the work queue.
type queueFlags struct {
	url         string
	stream      string
	maxAttempts int
	ackWait     time.Duration
	backoff     time.Duration
}

func (f *queueFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.url, "queue", "", "NATS JetStream server of the work queue, nats://host:4222 (default $"+envQueue+")")
	cmd.Flags().StringVar(&f.stream, "stream", natsqueue.DefaultStream, "name of the queue's stream (subjects STREAM.docs and STREAM.dead)")
}

// registerWork adds the flags that shape how jobs are retried; the
// stream's consumer takes the values of the worker that started last.
func (f *queueFlags) registerWork(cmd *cobra.Command) {
	cmd.Flags().IntVar(&f.maxAttempts, "max-attempts", natsqueue.DefaultMaxAttempts, "failed attempts before a document goes to the dead letters")
	cmd.Flags().DurationVar(&f.ackWait, "ack-wait", natsqueue.DefaultAckWait, "redeliver a document to another worker after this long without word from its worker")
	cmd.Flags().DurationVar(&f.backoff, "backoff", natsqueue.DefaultBackoff, "delay before retrying a failed document, doubled each time")
}

// queueURL returns --queue or $HEBEL_QUEUE, or "".
func (m *Main) queueURL(f *queueFlags) string {
	if f.url != "" {
		return f.url
	}
	return m.Getenv(envQueue)
}

// connectQueue connects to the queue the flags name.
func (m *Main) connectQueue(ctx context.Context, f *queueFlags) (*natsqueue.Queue, error) {
	url := m.queueURL(f)
	if url == "" {
		return nil, usagef("no queue: give --queue nats://host:4222 or set $%s", envQueue)
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	return natsqueue.Connect(cctx, natsqueue.Config{
		URL: url, Stream: f.stream, MaxAttempts: f.maxAttempts, AckWait: f.ackWait, Backoff: f.backoff,
		Name: fmt.Sprintf("%s pid %d", programName, os.Getpid()),
	})
}

// partDates is what a job carries in its opaque Meta: the part's dates
// and metadata.
type partDates struct {
	Dates []ingest.DateOffer `json:"dates,omitempty"`
	Metas []ingest.MetaDate  `json:"metas,omitempty"`
}

// jobOf turns a part split off an input into a queue job.
func jobOf(p *ingest.Part) (*natsqueue.Job, error) {
	j := &natsqueue.Job{
		Name: p.Name, Format: p.Format, URL: p.URL, Title: p.Title, Author: p.Author,
		Problems: p.Problems, Data: p.Data,
	}
	if len(p.Dates)+len(p.Metas) > 0 {
		meta, err := json.Marshal(partDates{p.Dates, p.Metas})
		if err != nil {
			return nil, &hebel.Error{Code: hebel.EINVALID, Op: "queueing " + p.Name, Message: "cannot encode its dates", Err: err}
		}
		j.Meta = meta
	}
	return j, nil
}

// partOf turns a queue job back into a part to extract.
func partOf(j *natsqueue.Job) (*ingest.Part, error) {
	p := &ingest.Part{
		Name: j.Name, Format: j.Format, URL: j.URL, Title: j.Title, Author: j.Author,
		Problems: j.Problems, Data: j.Data,
	}
	if len(j.Meta) > 0 {
		var d partDates
		if err := json.Unmarshal(j.Meta, &d); err != nil {
			return nil, &hebel.Error{Code: hebel.EINVALID, Op: "reading job " + j.Name, Message: "unreadable dates", Err: err}
		}
		p.Dates, p.Metas = d.Dates, d.Metas
	}
	return p, nil
}

// publish splits the inputs into documents and queues one job each,
// without reading them: 'hebel ingest --queue'. A document the worker
// will refuse (empty, binary) is queued all the same and ends in the dead
// letters with its error; what cannot be split off (a missing file, an
// unreadable feed) is reported here.
func (m *Main) publish(cmd *cobra.Command, x *ingest.Extractor, qf *queueFlags, args []string, quiet bool) error {
	ctx := cmd.Context()
	q, err := m.connectQueue(ctx, qf)
	if err != nil {
		return err
	}
	defer q.Close()
	inputs, errs := ingest.Expand(args)
	failed := m.reportErrors(errs)
	start := time.Now()
	queued, dups := 0, 0
	for _, in := range inputs {
		err := x.SplitAll(ctx, in, func(p *ingest.Part, err error) error {
			if err == nil {
				var dup bool
				var job *natsqueue.Job
				job, err = jobOf(p)
				if err == nil {
					dup, err = q.Publish(ctx, job)
				}
				if err == nil {
					outcome := "queued"
					if dup {
						outcome = "duplicate"
						dups++
					} else {
						queued++
					}
					if !quiet {
						fmt.Fprintf(m.Stdout, "%s\t%s\t%s\n", outcome, job.ID, job.Name)
					}
					return nil
				}
				if hebel.ErrorCode(err) == hebel.EINTERNAL {
					return err // the queue is gone: stop
				}
			}
			failed += m.reportErrors([]error{err})
			return ctx.Err()
		})
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(m.Stderr, "%s: %d queued, %d already queued, %d failed in %s on %s\n", programName,
		queued, dups, failed, time.Since(start).Round(time.Millisecond), q)
	if failed > 0 {
		return &exitError{exitFailed}
	}
	return nil
}

func (m *Main) newQueueCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "queue",
		Short: "Look at the work queue: what waits, what is in flight, what failed",
	}
	cmd.AddCommand(m.newQueueStatusCommand())
	return cmd
}

func (m *Main) newQueueStatusCommand() *cobra.Command {
	var qf queueFlags
	var dead int
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Print the queue's counts and its dead letters with their errors",
		Long: `Status prints how many documents wait in the queue, how many workers hold,
how many were redelivered, and lists the dead letters: documents that failed
every attempt, each with its source, id, attempts and last error.`,
		Example: `  hebel queue status --queue nats://127.0.0.1:4222
  HEBEL_QUEUE=nats://127.0.0.1:4222 hebel queue status --dead 0`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			q, err := m.connectQueue(cmd.Context(), &qf)
			if err != nil {
				return err
			}
			defer q.Close()
			st, err := q.Status(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "queue %s\n", q)
			fmt.Fprintf(m.Stdout, "waiting %d, in flight %d (redelivered %d), idle workers %d, dead letters %d, %d bytes queued\n",
				st.Pending, st.InFlight, st.Redelivered, st.Waiting, st.Dead, st.Bytes)
			if st.Dead == 0 || dead < 0 {
				return nil
			}
			letters, err := q.DeadLetters(cmd.Context(), dead)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "SOURCE\tID\tBYTES\tATTEMPTS\tFAILED\tERROR")
			for _, j := range letters {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\n", j.Name, shortID(j.ID), len(j.Data), j.Attempt,
					j.Failed.Format(time.RFC3339), j.Error)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			if dead > 0 && uint64(len(letters)) < st.Dead {
				fmt.Fprintf(m.Stdout, "… %d more (--dead 0 lists all)\n", st.Dead-uint64(len(letters)))
			}
			return nil
		},
	}
	qf.register(cmd)
	cmd.Flags().IntVar(&dead, "dead", 20, "list at most this many dead letters (0: all, -1: none)")
	return cmd
}
