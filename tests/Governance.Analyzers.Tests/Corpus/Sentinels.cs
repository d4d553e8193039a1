using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Corpus.Sentinels;

/// <summary>A clock abstraction of the kind many applications carry, with "beginning" and "end of time" values.</summary>
public interface IDateService
{
    DateTime MinValue { get; }

    DateTime MaxValue { get; }
}

public sealed class SystemDateService : IDateService
{
    public DateTime MinValue => new DateTime(1800, 1, 1);

    public DateTime MaxValue => new DateTime(2600, 1, 1);
}

public sealed record Assignment(string Person, DateTime From, DateTime? Until);

public static class AssignmentQueries
{
    // Open-ended assignments run "until never".
    private static readonly DateTime Never = new DateTime(2500, 1, 1);

    private static readonly DateTime EndOfTime = new DateTime(2499, 12, 31, 23, 59, 59);

    public static IEnumerable<Assignment> ActiveBetween(IEnumerable<Assignment> all, DateTime? start, DateTime? end)
    {
        var from = start ?? new DateTime(1900, 1, 1);
        var to = end ?? new DateTime(2500, 1, 1);
        return all.Where(a => a.From <= to && (a.Until ?? Never) >= from);
    }

    public static DateTime ExpiryOrDefault(string? text) =>
        DateTime.TryParse(text, out var parsed) ? parsed : EndOfTime;

    public static DateOnly LastDate => new DateOnly(2999, 12, 31);

    public static LocalDate NodaNever => new LocalDate(2600, 1, 1);

    public static LocalDate EndOfSupport => new LocalDate(2699, 12, 31);

    public static DateTimeOffset FarFuture => new DateTimeOffset(2700, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
