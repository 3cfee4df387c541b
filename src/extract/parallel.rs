//! Extraction of a corpus on several threads, in input order, with bounded memory.
//!
//! [`Extractor::extract_all`] takes the records of a stream (typically an
//! [`ArticleReader`](crate::ArticleReader)) and hands back `(article, report)` pairs in input
//! order. The calling thread reads the input and hands articles to worker threads over a
//! bounded queue, in batches (one hand-over per article cost as much as a short article's
//! extraction); finished reports wait in a window of at most
//! [`in_flight`](ParallelOptions::in_flight) records until every record before them has been
//! handed out. Memory is that window, never the corpus.
//!
//! Plain `std::thread` workers and `std::sync::mpsc` channels do it (no rayon): the input is a
//! sequential stream that must come back in order and stay bounded, which a work-stealing
//! pool's `par_bridge` does not give without collecting; the window is a few dozen lines.

use std::collections::VecDeque;
use std::iter::{Fuse, FusedIterator};
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{self, JoinHandle};

use super::Extractor;
use crate::model::Report;
use crate::scrape::Article;

/// How [`Extractor::extract_all`] spreads the work: the number of threads that extract and
/// how many records may be in progress at once.
///
/// # Examples
///
/// ```
/// use threatbrief::extract::ParallelOptions;
///
/// let options = ParallelOptions::default().jobs(2).in_flight(16);
/// assert_eq!((options.job_count(), options.window()), (2, 16));
/// // One job extracts on the calling thread, one record at a time.
/// assert_eq!(ParallelOptions::default().jobs(1).window(), 1);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParallelOptions {
    jobs: Option<NonZeroUsize>,
    in_flight: Option<NonZeroUsize>,
}

/// Records in progress per job when [`ParallelOptions::in_flight`] is not set: two batches
/// of 16 per worker, so a worker finds its next batch queued when it finishes one.
const IN_FLIGHT_PER_JOB: usize = 32;

impl ParallelOptions {
    /// Extracts on `jobs` threads; 0 (the default) means one per available core
    /// ([`std::thread::available_parallelism`]). One job extracts on the calling thread.
    #[must_use]
    pub fn jobs(mut self, jobs: usize) -> Self {
        self.jobs = NonZeroUsize::new(jobs);
        self
    }

    /// Holds at most `records` records (articles and reports) at once, read but not yet
    /// handed out; 0 (the default) means 32 per job. Articles go to the workers in batches of
    /// a window's share of two per job (16 by default). More evens out articles of very
    /// different lengths and costs less hand-over; fewer bounds memory tighter. With one job
    /// it is always 1.
    #[must_use]
    pub fn in_flight(mut self, records: usize) -> Self {
        self.in_flight = NonZeroUsize::new(records);
        self
    }

    /// The number of threads that will extract.
    #[must_use]
    pub fn job_count(&self) -> usize {
        self.jobs
            .or_else(|| thread::available_parallelism().ok())
            .map_or(1, NonZeroUsize::get)
    }

    /// The most records held at once.
    #[must_use]
    pub fn window(&self) -> usize {
        match self.job_count() {
            1 => 1,
            jobs => self
                .in_flight
                .map_or(jobs * IN_FLIGHT_PER_JOB, NonZeroUsize::get),
        }
    }
}

impl Extractor {
    /// Extracts every article of `articles` on several threads (see [`ParallelOptions`]) and
    /// yields each with its report, in input order. An `Err` record is yielded in its place,
    /// untouched, so a bad record still costs exactly one record. Articles cross threads, so
    /// they are owned: the streaming reader's are; borrowed ones (from
    /// [`articles`](crate::articles)) go in through [`Article::into_owned`].
    ///
    /// The input is read on the calling thread, ahead of the output by at most
    /// [`ParallelOptions::window`] records: memory is bounded by that many articles and
    /// reports, whatever the length of the stream. The reports are those of
    /// [`extract`](Self::extract), so the output is the same for every number of jobs.
    /// On a live stream the output lags the input by up to that window.
    /// Dropping the iterator early stops the workers (after the article each is on) and
    /// joins them. A panic in a worker resumes on the calling thread.
    ///
    /// Cost: one [`extract`](Self::extract) per article, spread over the jobs; the reading,
    /// the reordering and whatever the caller does with the output run on the calling thread.
    ///
    /// # Examples
    ///
    /// ```
    /// use threatbrief::extract::{Extractor, ParallelOptions};
    /// use threatbrief::{read_articles, SAMPLE};
    ///
    /// let corpus = format!("{SAMPLE}\n\n").repeat(5);
    /// let extractor = Extractor::default();
    /// let options = ParallelOptions::default().jobs(2);
    /// let mut records = 0;
    /// for record in extractor.extract_all(read_articles(corpus.as_bytes()), options) {
    ///     let (article, report) = record?;
    ///     records += 1;
    ///     assert_eq!(article.record(), records);
    ///     assert_eq!(report, extractor.extract(&article));
    /// }
    /// assert_eq!(records, 5);
    /// # Ok::<(), threatbrief::ParseError>(())
    /// ```
    pub fn extract_all<I, E>(
        &self,
        articles: I,
        options: ParallelOptions,
    ) -> ExtractAll<I::IntoIter, E>
    where
        I: IntoIterator<Item = Result<Article<'static>, E>>,
    {
        let jobs = options.job_count();
        let window = options.window();
        let pool = if jobs > 1 {
            Pool::start(self, jobs, window)
        } else {
            None
        };
        ExtractAll {
            input: articles.into_iter().fuse(),
            extractor: self.clone(),
            window: if pool.is_some() { window } else { 1 },
            batch_size: window.div_ceil(2 * jobs),
            pool,
            slots: VecDeque::new(),
            head: 0,
            batch: Vec::new(),
            outstanding: 0,
        }
    }
}

/// The records of [`Extractor::extract_all`]: `(article, report)` pairs, or the input's
/// errors, in input order.
///
/// Each `next` reads the input until [`ParallelOptions::window`] records are in progress,
/// then waits for the oldest one.
pub struct ExtractAll<I, E> {
    input: Fuse<I>,
    extractor: Extractor,
    /// Records read and not yet handed out, oldest first: `None` while a worker extracts it.
    slots: VecDeque<Option<Result<(Article<'static>, Report), E>>>,
    /// The sequence number of `slots[0]`.
    head: u64,
    window: usize,
    /// No pool: extraction runs on the calling thread, one record at a time.
    pool: Option<Pool>,
    /// Articles read and not yet sent, and how many make a batch.
    batch: Job,
    batch_size: usize,
    /// Articles sent whose reports have not come back.
    outstanding: usize,
}

/// Articles to extract, numbered in input order.
type Job = Vec<(u64, Article<'static>)>;
/// Their reports, or the payload of the panic that extraction raised.
type Done = Vec<(u64, Article<'static>, thread::Result<Report>)>;

struct Pool {
    /// Dropped to tell idle workers to stop.
    jobs: Option<SyncSender<Job>>,
    done: Receiver<Done>,
    /// Set to tell busy workers to drop what is queued.
    stop: Arc<AtomicBool>,
    workers: Vec<JoinHandle<()>>,
}

impl Pool {
    /// Starts `jobs` workers, or fewer if the system refuses threads; `None` if it refuses
    /// them all (the caller then extracts on its own thread).
    fn start(extractor: &Extractor, jobs: usize, window: usize) -> Option<Pool> {
        // Never more than `window` batches are sent before one is taken back: sends never block.
        let (job_tx, job_rx) = mpsc::sync_channel::<Job>(window);
        let (done_tx, done) = mpsc::channel::<Done>();
        let queue = Arc::new(Mutex::new(job_rx));
        let stop = Arc::new(AtomicBool::new(false));
        let workers: Vec<JoinHandle<()>> = (0..jobs)
            .filter_map(|n| {
                let (extractor, queue, done, stop) = (
                    extractor.clone(),
                    queue.clone(),
                    done_tx.clone(),
                    stop.clone(),
                );
                thread::Builder::new()
                    .name(format!("threatbrief-extract-{n}"))
                    .spawn(move || work(&extractor, &queue, &done, &stop))
                    .ok()
            })
            .collect();
        (!workers.is_empty()).then(|| Pool {
            jobs: Some(job_tx),
            done,
            stop,
            workers,
        })
    }
}

fn work(
    extractor: &Extractor,
    queue: &Mutex<Receiver<Job>>,
    done: &mpsc::Sender<Done>,
    stop: &AtomicBool,
) {
    loop {
        // The lock is held while waiting: the other idle workers wait on it instead.
        let job = queue.lock().unwrap_or_else(PoisonError::into_inner).recv();
        let Ok(batch) = job else { return };
        if stop.load(Ordering::Relaxed) {
            return;
        }
        let reports = batch
            .into_iter()
            .map(|(seq, article)| {
                let report = panic::catch_unwind(AssertUnwindSafe(|| extractor.extract(&article)));
                (seq, article, report)
            })
            .collect();
        if done.send(reports).is_err() {
            return;
        }
    }
}

impl<I, E> ExtractAll<I, E>
where
    I: Iterator<Item = Result<Article<'static>, E>>,
{
    /// Reads the input until the window is full or the input ends.
    fn fill(&mut self) {
        while self.slots.len() < self.window {
            let Some(record) = self.input.next() else {
                break;
            };
            let slot = match (record, &self.pool) {
                (Err(e), _) => Some(Err(e)),
                (Ok(article), None) => {
                    let report = self.extractor.extract(&article);
                    Some(Ok((article, report)))
                }
                (Ok(article), Some(_)) => {
                    let seq = self.head + self.slots.len() as u64;
                    self.batch.push((seq, article));
                    None
                }
            };
            self.slots.push_back(slot);
            if self.batch.len() >= self.batch_size {
                self.send();
            }
        }
        if !self.batch.is_empty() && self.slots.len() < self.window {
            // The input has ended: nothing more will join the batch.
            self.send();
        }
    }

    /// Hands the batch to the workers.
    fn send(&mut self) {
        let Some(pool) = &self.pool else { return };
        if self.batch.is_empty() {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        let len = batch.len();
        if pool.jobs.as_ref().is_none_or(|j| j.send(batch).is_err()) {
            // Every worker is gone, which only a panic outside extraction does.
            self.workers_died();
        }
        self.outstanding += len;
    }

    /// Waits for reports from the workers and puts them in their slots; first sends the
    /// batch being gathered if nothing else is out.
    fn receive(&mut self) {
        if self.outstanding == 0 {
            self.send();
        }
        let Some(pool) = &self.pool else { return };
        match pool.done.recv() {
            Ok(reports) => {
                self.outstanding -= reports.len();
                for (seq, article, report) in reports {
                    let report = report.unwrap_or_else(|payload| panic::resume_unwind(payload));
                    // `seq` was issued from `head + slots.len()` and slots leave only when
                    // filled.
                    let at = usize::try_from(seq - self.head).unwrap_or(usize::MAX);
                    if let Some(slot) = self.slots.get_mut(at) {
                        *slot = Some(Ok((article, report)));
                    }
                }
            }
            Err(mpsc::RecvError) => self.workers_died(),
        }
    }

    /// Every worker has exited with work outstanding: resumes the panic that ended one.
    fn workers_died(&mut self) -> ! {
        if let Some(mut pool) = self.pool.take() {
            for worker in pool.workers.drain(..) {
                if let Err(payload) = worker.join() {
                    panic::resume_unwind(payload);
                }
            }
        }
        panic!("threatbrief: the extraction workers stopped with records outstanding");
    }
}

impl<I, E> Iterator for ExtractAll<I, E>
where
    I: Iterator<Item = Result<Article<'static>, E>>,
{
    type Item = Result<(Article<'static>, Report), E>;

    fn next(&mut self) -> Option<Self::Item> {
        self.fill();
        loop {
            match self.slots.front() {
                None => return None,
                Some(Some(_)) => {
                    self.head += 1;
                    return self.slots.pop_front().flatten();
                }
                Some(None) => self.receive(),
            }
        }
    }
}

impl<I, E> FusedIterator for ExtractAll<I, E> where I: Iterator<Item = Result<Article<'static>, E>> {}

impl<I, E> Drop for ExtractAll<I, E> {
    fn drop(&mut self) {
        if let Some(mut pool) = self.pool.take() {
            pool.stop.store(true, Ordering::Relaxed);
            pool.jobs = None;
            for worker in pool.workers.drain(..) {
                // A worker's panic was either resumed already or concerns a record nobody
                // will read: not worth a second panic while dropping.
                let _ = worker.join();
            }
        }
    }
}

impl<I, E> std::fmt::Debug for ExtractAll<I, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExtractAll")
            .field("next_record", &self.head)
            .field("in_progress", &self.slots.len())
            .field("window", &self.window)
            .field(
                "workers",
                &self.pool.as_ref().map_or(0, |p| p.workers.len()),
            )
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ParseError, SAMPLE, read_articles};

    #[test]
    fn extractor_is_send_and_sync() {
        fn shared<T: Send + Sync>() {}
        shared::<Extractor>();
        shared::<Article<'static>>();
        shared::<Report>();
    }

    /// A corpus of varied records with a broken one every few, and its records read one by one.
    fn corpus() -> String {
        let mut text = String::new();
        for n in 0..40 {
            if n % 7 == 3 {
                text.push_str("Article Details\nScrape Time: yesterday\n\n");
            } else {
                let record =
                    SAMPLE.replacen("French Interior Ministry", &format!("Ministry {n}"), 1);
                text.push_str(&record);
                text.push_str("\n\n");
            }
        }
        text
    }

    fn sequential(text: &str) -> Vec<Result<(Article<'static>, Report), ParseError>> {
        let extractor = Extractor::default();
        read_articles(text.as_bytes())
            .map(|r| {
                r.map(|a| {
                    let report = extractor.extract(&a);
                    (a, report)
                })
            })
            .collect()
    }

    fn key(r: &Result<(Article<'static>, Report), ParseError>) -> String {
        match r {
            Ok((a, report)) => format!("{} {} {report:?}", a.record(), a.title()),
            Err(e) => format!("error {e}"),
        }
    }

    #[test]
    fn parallel_output_is_the_sequential_output_in_order() {
        let text = corpus();
        let expected: Vec<String> = sequential(&text).iter().map(key).collect();
        assert_eq!(expected.len(), 40);
        assert!(expected.iter().filter(|k| k.starts_with("error")).count() >= 5);
        for (jobs, in_flight) in [(1, 0), (2, 0), (3, 1), (4, 2), (8, 64)] {
            let options = ParallelOptions::default().jobs(jobs).in_flight(in_flight);
            let got: Vec<String> = Extractor::default()
                .extract_all(read_articles(text.as_bytes()), options)
                .map(|r| key(&r))
                .collect();
            assert_eq!(got, expected, "jobs {jobs}, in flight {in_flight}");
        }
    }

    /// The input is read no further ahead than the window.
    #[test]
    fn reading_stays_within_the_window() {
        let text = corpus();
        let read = std::cell::Cell::new(0usize);
        let input = read_articles(text.as_bytes()).inspect(|_| read.set(read.get() + 1));
        let options = ParallelOptions::default().jobs(2).in_flight(3);
        let mut records = Extractor::default().extract_all(input, options);
        for n in 1..=10 {
            assert!(records.next().is_some());
            assert!(read.get() <= n + 3, "{} read for {n} out", read.get());
        }
        drop(records);
        assert!(read.get() < 40);
    }

    #[test]
    fn errors_of_any_type_pass_through_in_place() {
        let input = vec![
            Err("first"),
            Ok(Article::parse(SAMPLE).unwrap().into_owned()),
            Err("last"),
        ];
        let got: Vec<Result<String, &str>> = Extractor::default()
            .extract_all(input, ParallelOptions::default().jobs(2))
            .map(|r| r.map(|(a, _)| a.title().to_owned()))
            .collect();
        let title = Article::parse(SAMPLE).unwrap().title().to_owned();
        assert_eq!(got, vec![Err("first"), Ok(title), Err("last")]);
    }

    #[test]
    fn options_resolve() {
        let default = ParallelOptions::default();
        assert!(default.job_count() >= 1);
        assert_eq!(ParallelOptions::default().jobs(3).window(), 96);
        assert_eq!(ParallelOptions::default().jobs(3).in_flight(5).window(), 5);
        assert_eq!(ParallelOptions::default().jobs(1).in_flight(5).window(), 1);
    }
}
