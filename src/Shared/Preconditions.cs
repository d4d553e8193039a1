using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Participation.Governance;

/// <summary>
/// Argument checks shared by the library. The checks are small enough to inline; the throws live in
/// separate methods so the happy path stays compact.
/// </summary>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="argument"/>, or throws if it is null.</summary>
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }

        return argument;
    }

    /// <summary>Throws unless <paramref name="value"/> lies in [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> lies in [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="expression"/> holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message);
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgumentNull(string? paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgumentOutOfRange<T>(string paramName, T value, T minInclusive, T maxInclusive)
        => throw new ArgumentOutOfRangeException(
            paramName,
            value,
            $"Value should be in range [{minInclusive}-{maxInclusive}].");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgumentOutOfRange(string paramName, object? value, string message)
        => throw new ArgumentOutOfRangeException(paramName, value, message);
}
