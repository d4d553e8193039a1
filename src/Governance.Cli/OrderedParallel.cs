using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Participation.Governance.Cli;

/// <summary>
/// Runs a function over a sequence on all cores and passes the results on in the order of the sequence, holding at most
/// <see cref="Window"/> of them at a time, so checking ten thousand files uses both cores and constant memory.
/// </summary>
/// <remarks>
/// Each worker takes the next item from the sequence, maps it and leaves the result in its place; whichever worker
/// completes the result that is due next passes it on, with every result after it that is ready, while the others go on
/// mapping. Nobody waits for a batch to end or for a reading thread, and nothing is handed from thread to thread but
/// the items themselves. Earlier designs lost a fifth of the second core: a hand-over per item through a queue (10,000
/// files 1.25 times as fast on two cores as on one), then batches of 256 shared among the cores, each batch a join (1.5
/// times, against 1.7 for the same work in one loop with no order kept).
/// </remarks>
internal static class OrderedParallel
{
    /// <summary>How far the workers may run ahead of the result due next: the most results held at once.</summary>
    public const int Window = 256;

    /// <summary>
    /// Maps <paramref name="items"/> with <paramref name="map"/> on up to <paramref name="degree"/> threads (the calling
    /// one among them) and passes each result to <paramref name="pass"/> in input order, one at a time.
    /// </summary>
    /// <remarks>
    /// <paramref name="pass"/> is called on whichever thread completes the result due next, never on two at once. The
    /// sequence is read one item at a time, under a lock of its own, so it need not be thread-safe, and a worker waiting for
    /// the next item (a path typed on standard input) holds no other worker up. When <paramref name="map"/> throws
    /// for an item, every item before it is still passed on and none after it, and the exception reaches the caller as it
    /// is, as it would from a plain loop; when <paramref name="pass"/> or the sequence throws, the run stops at once.
    /// </remarks>
    public static void ForEach<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, Action<TOut> pass, int degree, CancellationToken cancellationToken = default)
    {
        if (degree <= 1)
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pass(map(item));
            }

            return;
        }

        using var source = items.GetEnumerator();
        var run = new Run<TIn, TOut>(source, map, pass, cancellationToken);
        var helpers = new Task[degree - 1];
        for (var i = 0; i < helpers.Length; i++)
        {
            helpers[i] = Task.Factory.StartNew(run.Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        run.Work();
        Task.WaitAll(helpers);
        run.ThrowIfFailed();
    }

    /// <summary>
    /// Maps <paramref name="items"/> with <paramref name="map"/>, in parallel, yielding results in input order to a caller
    /// that pulls them (such as a writer of one document of all the results); <see cref="ForEach"/> runs on other threads.
    /// </summary>
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, int degree)
    {
        if (degree <= 1)
        {
            foreach (var item in items)
            {
                yield return map(item);
            }

            yield break;
        }

        using var stop = new CancellationTokenSource();
        using var results = new BlockingCollection<TOut>(Window);
        var running = Task.Run(() =>
        {
            try
            {
                ForEach(items, map, result => results.Add(result, stop.Token), degree, stop.Token);
            }
            finally
            {
                results.CompleteAdding();
            }
        });
        try
        {
            foreach (var result in results.GetConsumingEnumerable())
            {
                yield return result;
            }

            // An item's error reaches the caller as itself, after the results before it.
            running.GetAwaiter().GetResult();
        }
        finally
        {
            // A caller that stops early: the run ends on the cancellation before its buffers are let go.
            stop.Cancel();
            try
            {
                running.Wait();
            }
            catch (AggregateException)
            {
                // Thrown above already, or the cancellation of a run the caller stopped pulling from.
            }
        }
    }

    /// <summary>
    /// The state the workers of one run share: the sequence and <see cref="_taken"/> under <see cref="_reading"/>, every
    /// other field under <see cref="_gate"/>; a thread holding both takes <see cref="_reading"/> first.
    /// </summary>
    private sealed class Run<TIn, TOut>(IEnumerator<TIn> source, Func<TIn, TOut> map, Action<TOut> pass, CancellationToken cancellationToken)
    {
        private readonly object _gate = new();
        private readonly object _reading = new();
        private readonly TOut[] _results = new TOut[Window];
        private readonly bool[] _ready = new bool[Window];
        private long _taken;
        private long _placed;
        private long _passed;
        private long _stopAt = long.MaxValue;
        private bool _ended;
        private bool _passing;
        private int _waiting;
        private ExceptionDispatchInfo? _error;

        /// <summary>Takes, maps and (when due) passes on items until the sequence ends or the run fails.</summary>
        /// <remarks>
        /// The sequence is read under a lock of its own, so a worker waiting for the next item (a path typed on standard
        /// input) keeps no other worker from leaving or passing on a result: each answer comes as soon as it is ready.
        /// </remarks>
        public void Work()
        {
            while (true)
            {
                lock (_gate)
                {
                    while (!_ended && _placed - _passed >= Window)
                    {
                        _waiting++;
                        Monitor.Wait(_gate);
                        _waiting--;
                    }

                    if (_ended)
                    {
                        return;
                    }

                    // A place in the window for the item about to be taken.
                    _placed++;
                }

                TIn item;
                long number;
                lock (_reading)
                {
                    if (Volatile.Read(ref _ended))
                    {
                        return;
                    }

                    if (cancellationToken.IsCancellationRequested)
                    {
                        lock (_gate)
                        {
                            Fail(new OperationCanceledException(cancellationToken), stopAt: _passed);
                        }

                        return;
                    }

                    try
                    {
                        if (!source.MoveNext())
                        {
                            lock (_gate)
                            {
                                End();
                            }

                            return;
                        }
                    }
                    catch (Exception e)
                    {
                        lock (_gate)
                        {
                            // As from a plain loop: what was read before is still passed on.
                            Fail(e, stopAt: _taken);
                        }

                        return;
                    }

                    item = source.Current;
                    number = _taken++;
                }

                TOut result;
                try
                {
                    result = map(item);
                }
                catch (Exception e)
                {
                    lock (_gate)
                    {
                        Fail(e, stopAt: number);
                    }

                    // The results before this item are still passed on: one of them may be due now.
                    PassDue();
                    return;
                }

                lock (_gate)
                {
                    _results[number % Window] = result;
                    _ready[number % Window] = true;
                }

                PassDue();
            }
        }

        /// <summary>Throws the error that stopped the run, if one did.</summary>
        public void ThrowIfFailed() => _error?.Throw();

        /// <summary>
        /// Passes on the result due next and every ready one after it, unless another thread is doing so already; the
        /// results are passed outside the lock, so the other workers go on taking and mapping meanwhile.
        /// </summary>
        private void PassDue()
        {
            lock (_gate)
            {
                if (_passing || !IsDue())
                {
                    return;
                }

                _passing = true;
            }

            while (true)
            {
                TOut next;
                lock (_gate)
                {
                    if (!IsDue())
                    {
                        _passing = false;
                        return;
                    }

                    var slot = (int)(_passed % Window);
                    next = _results[slot];
                    _results[slot] = default!;
                    _ready[slot] = false;
                    _passed++;
                    if (_waiting > 0)
                    {
                        Monitor.PulseAll(_gate);
                    }
                }

                try
                {
                    pass(next);
                }
                catch (Exception e)
                {
                    lock (_gate)
                    {
                        // The result just passed failed: nothing after it is passed, and this error wins over a later
                        // item's, as it would in a plain loop, which would not have gone on to map that item.
                        Fail(e, stopAt: _passed, overrides: true);
                        _passing = false;
                    }

                    return;
                }
            }
        }

        /// <summary>Whether the result due next is ready and may be passed on (under the lock).</summary>
        private bool IsDue() => _passed < _stopAt && _ready[(int)(_passed % Window)];

        /// <summary>The sequence has no more items: the workers end once what they hold is passed on (under the lock).</summary>
        private void End()
        {
            _ended = true;
            Monitor.PulseAll(_gate);
        }

        /// <summary>
        /// Records the error of the earliest item and stops passing results from item <paramref name="stopAt"/> on (under
        /// the lock); <paramref name="overrides"/> lets an error at the same item replace the one recorded.
        /// </summary>
        private void Fail(Exception error, long stopAt, bool overrides = false)
        {
            if (stopAt < _stopAt || (overrides && stopAt == _stopAt))
            {
                _stopAt = stopAt;
                _error = ExceptionDispatchInfo.Capture(error);
            }

            End();
        }
    }
}
