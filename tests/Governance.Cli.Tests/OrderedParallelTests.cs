namespace Participation.Governance.Cli.Tests;

/// <summary>check's parallel map: results in input order, every item once, errors as they are, memory bounded by a batch.</summary>
public sealed class OrderedParallelTests
{
    [Property]
    public void Results_come_in_input_order_whatever_the_degree(int[] items, PositiveInt degree)
    {
        var mapped = OrderedParallel.Map(items, x => (long)x * 3, degree.Get % 5).ToList();

        Assert.Equal(items.Select(x => (long)x * 3), mapped);
    }

    [Property(MaxTest = 20)]
    public void Each_item_is_mapped_exactly_once(PositiveInt count)
    {
        var calls = new int[count.Get % 2000];

        var mapped = OrderedParallel.Map(Enumerable.Range(0, calls.Length), i => Interlocked.Increment(ref calls[i]), 2).Count();

        Assert.Equal(calls.Length, mapped);
        Assert.All(calls, c => Assert.Equal(1, c));
    }

    [Fact]
    public void The_error_of_an_item_reaches_the_caller_as_itself()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OrderedParallel.Map(Enumerable.Range(0, 100), i => i == 42 ? throw new InvalidOperationException("item 42") : i, 2).ToList());

        Assert.Equal("item 42", error.Message);
    }

    [Fact]
    public void The_first_results_come_before_the_sequence_is_read_far()
    {
        var read = 0;

        var first = OrderedParallel.Map(Enumerable.Range(0, 100_000).Select(i => { read++; return i; }), i => i, 2).First();

        Assert.Equal(0, first);
        Assert.True(read <= 2, $"read {read} items for the first result");
    }

    [Fact]
    public void No_more_than_one_batch_is_held_however_long_the_sequence()
    {
        var read = 0;
        var passed = 0;
        var most = 0;

        foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 20_000).Select(i => { Interlocked.Increment(ref read); return i; }), i => i, 2))
        {
            passed++;
            most = Math.Max(most, read - passed);
        }

        Assert.Equal(20_000, passed);
        Assert.InRange(most, 0, 256);
    }
}
