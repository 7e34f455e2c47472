package policies

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watch reloads e whenever a file it was loaded from changes, until ctx is
// done. Changes are debounced, so an editor's write-rename-chmod is one
// reload. Each outcome is passed to report (nil for a reload swapped in) and
// logged. Watching directories rather than files also sees files replaced
// by rename, as editors and Kubernetes ConfigMaps do.
func Watch(ctx context.Context, e *Engine, log *slog.Logger, report func(error)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	for _, p := range e.Watched() {
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		if !st.IsDir() {
			p = filepath.Dir(p)
		}
		err = filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return err
			}
			return w.Add(path)
		})
		if err != nil {
			return err
		}
	}
	const debounce = 100 * time.Millisecond
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					_ = w.Add(ev.Name)
				}
			}
			timer.Reset(debounce)
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			log.Warn("policy watch", slog.String("error", err.Error()))
		case <-timer.C:
			ReloadAndReport(ctx, e, log, report)
		}
	}
}

// ReloadAndReport reloads e, logs the outcome and passes it to report.
func ReloadAndReport(ctx context.Context, e *Engine, log *slog.Logger, report func(error)) {
	changed, err := e.Reload(ctx)
	switch {
	case err != nil:
		log.Error("policy reload rejected; the running policy stays",
			slog.String("policy_revision", e.Revision()), slog.String("error", err.Error()))
	case changed:
		log.Info("policy reloaded", slog.String("policy_revision", e.Revision()))
	}
	if report != nil && (err != nil || changed) {
		report(err)
	}
}
