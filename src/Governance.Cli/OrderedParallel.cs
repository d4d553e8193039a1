namespace Participation.Governance.Cli;

/// <summary>
/// Runs a function over a sequence on all cores and hands the results back in the order of the sequence, holding at
/// most a few results per core at a time, so checking ten thousand files uses both cores and constant memory.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Maps <paramref name="items"/> with <paramref name="map"/>, in parallel, yielding results in input order.</summary>
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

        // A window of started tasks, read from its head: a slow item holds back the output, not the work behind it.
        var window = new Queue<Task<TOut>>();
        var limit = degree * 4;
        using var slots = new SemaphoreSlim(degree);
        foreach (var item in items)
        {
            if (window.Count == limit)
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }

            slots.Wait();
            var captured = item;
            window.Enqueue(Task.Run(() =>
            {
                try
                {
                    return map(captured);
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        while (window.Count > 0)
        {
            yield return window.Dequeue().GetAwaiter().GetResult();
        }
    }
}
