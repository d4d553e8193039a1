namespace Participation.Governance.Cli.Tests;

/// <summary>
/// check's parallel run: results passed on in input order, one at a time, every item once, errors as a plain loop would
/// have them, memory bounded by the window; and the pulled form (<see cref="OrderedParallel.Map"/>) the same.
/// </summary>
public sealed class OrderedParallelTests
{
    [Property]
    public void Results_are_passed_on_in_input_order_whatever_the_degree(int[] items, PositiveInt degree)
    {
        var passed = new List<long>();

        OrderedParallel.ForEach(items, x => (long)x * 3, passed.Add, degree.Get % 5);

        Assert.Equal(items.Select(x => (long)x * 3), passed);
    }

    [Property(MaxTest = 30)]
    public void Results_keep_their_order_when_items_take_uneven_times(PositiveInt count, int seed)
    {
        var random = new Random(seed);
        var delays = Enumerable.Range(0, count.Get % 300).Select(_ => random.Next(3) == 0 ? random.Next(2000) : 0).ToArray();
        var passed = new List<int>();

        OrderedParallel.ForEach(Enumerable.Range(0, delays.Length), i => { Thread.SpinWait(delays[i]); return i; }, passed.Add, 3);

        Assert.Equal(Enumerable.Range(0, delays.Length), passed);
    }

    [Property(MaxTest = 20)]
    public void Each_item_is_mapped_exactly_once_and_no_two_results_are_passed_at_once(PositiveInt count)
    {
        var calls = new int[count.Get % 2000];
        var passing = 0;
        var overlaps = 0;
        var passed = 0;

        OrderedParallel.ForEach(
            Enumerable.Range(0, calls.Length),
            i => Interlocked.Increment(ref calls[i]),
            _ =>
            {
                if (Interlocked.Increment(ref passing) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                passed++;
                Thread.SpinWait(50);
                Interlocked.Decrement(ref passing);
            },
            2);

        Assert.Equal(calls.Length, passed);
        Assert.All(calls, c => Assert.Equal(1, c));
        Assert.Equal(0, overlaps);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void An_items_error_reaches_the_caller_as_itself_after_every_result_before_it_and_none_after(int degree)
    {
        var passed = new List<int>();

        var error = Assert.Throws<InvalidOperationException>(() => OrderedParallel.ForEach(
            Enumerable.Range(0, 1000),
            i => i == 420 ? throw new InvalidOperationException("item 420") : i,
            passed.Add,
            degree));

        Assert.Equal("item 420", error.Message);
        Assert.Equal(Enumerable.Range(0, 420), passed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void An_error_in_passing_a_result_on_stops_the_run_there(int degree)
    {
        var passed = new List<int>();

        var error = Assert.Throws<IOException>(() => OrderedParallel.ForEach(
            Enumerable.Range(0, 10_000),
            i => i,
            i =>
            {
                if (i == 77)
                {
                    throw new IOException("the pipe is closed");
                }

                passed.Add(i);
            },
            degree));

        Assert.Equal("the pipe is closed", error.Message);
        Assert.Equal(Enumerable.Range(0, 77), passed);
    }

    [Fact]
    public void An_error_reading_the_sequence_comes_after_every_item_read_before_it()
    {
        var passed = new List<int>();

        var error = Assert.Throws<FormatException>(() => OrderedParallel.ForEach(
            Enumerable.Range(0, 1000).Select(i => i == 500 ? throw new FormatException("line 500") : i),
            i => i,
            passed.Add,
            2));

        Assert.Equal("line 500", error.Message);
        Assert.Equal(Enumerable.Range(0, 500), passed);
    }

    [Fact]
    public void A_cancelled_run_stops_with_the_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        var passed = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.ForEach(
            Enumerable.Range(0, 1_000_000),
            i => i,
            i =>
            {
                if (++passed == 100)
                {
                    cancel.Cancel();
                }
            },
            2,
            cancel.Token));

        Assert.InRange(passed, 100, 100 + OrderedParallel.Window);
    }

    [Fact]
    public void No_more_than_a_window_of_items_is_held_however_long_the_sequence()
    {
        var read = 0;
        var passed = 0;
        var most = 0;

        OrderedParallel.ForEach(
            Enumerable.Range(0, 20_000).Select(i => { Interlocked.Increment(ref read); return i; }),
            i => i,
            _ =>
            {
                passed++;
                most = Math.Max(most, Volatile.Read(ref read) - passed);
            },
            2);

        Assert.Equal(20_000, passed);
        Assert.InRange(most, 0, OrderedParallel.Window + 1);
    }

    [Fact]
    public void A_result_is_passed_on_while_another_worker_waits_for_the_next_item()
    {
        // As with paths typed on standard input: the second item comes only once the first one's answer is out.
        using var firstPassed = new ManualResetEventSlim();
        var waitedInVain = false;

        IEnumerable<int> Typed()
        {
            yield return 1;
            waitedInVain = !firstPassed.Wait(TimeSpan.FromSeconds(20));
            yield return 2;
        }

        var passed = new List<int>();
        OrderedParallel.ForEach(Typed(), i => i * 10, result =>
        {
            passed.Add(result);
            firstPassed.Set();
        }, 2);

        Assert.False(waitedInVain, "the first result was held until the second item came");
        Assert.Equal([10, 20], passed);
    }

    [Property]
    public void Map_yields_results_in_input_order_whatever_the_degree(int[] items, PositiveInt degree)
    {
        var mapped = OrderedParallel.Map(items, x => (long)x * 3, degree.Get % 5).ToList();

        Assert.Equal(items.Select(x => (long)x * 3), mapped);
    }

    [Fact]
    public void Maps_error_of_an_item_reaches_the_caller_as_itself()
    {
        var seen = new List<int>();

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var i in OrderedParallel.Map(Enumerable.Range(0, 100), i => i == 42 ? throw new InvalidOperationException("item 42") : i, 2))
            {
                seen.Add(i);
            }
        });

        Assert.Equal("item 42", error.Message);
        Assert.Equal(Enumerable.Range(0, 42), seen);
    }

    [Fact]
    public void Map_gives_the_first_results_before_the_sequence_is_read_far_and_stops_when_the_caller_does()
    {
        var read = 0;

        var first = OrderedParallel.Map(Enumerable.Range(0, 1_000_000).Select(i => { Interlocked.Increment(ref read); return i; }), i => i, 2).Take(3).ToList();
        var readWhenStopped = Volatile.Read(ref read);
        Thread.Sleep(50);

        Assert.Equal([0, 1, 2], first);
        Assert.InRange(readWhenStopped, 3, 3 * OrderedParallel.Window);
        Assert.Equal(readWhenStopped, Volatile.Read(ref read));
    }
}
