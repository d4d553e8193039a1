namespace Participation.Governance.Testing.Fuzz;

/// <summary>Runs an FsCheck property over a generator inside an ordinary test, for invariants whose generator is built in the test itself.</summary>
public static class PropertyCheck
{
    /// <summary>Checks that <paramref name="property"/> holds for <paramref name="maxTest"/> generated values; throws with the counterexample otherwise.</summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="gen">The generator.</param>
    /// <param name="property">The property.</param>
    /// <param name="maxTest">How many values to try (cheap calendar properties use many to reach the corners).</param>
    public static void Holds<T>(Gen<T> gen, Func<T, bool> property, int maxTest = 2000)
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest), Prop.ForAll(gen.ToArbitrary(), property));
}
