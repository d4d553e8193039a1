using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.Humanizer.Tests;

/// <summary>
/// Humanizer as an application sets it up: <see cref="ThaiHumanizer.Register()"/> called at start-up, before any
/// Humanizer call. Registered twice, Royal Institute style first and the common style last, so that the tests also
/// show that the last registration is the one Humanizer uses.
/// </summary>
/// <remarks>
/// Humanizer's registry is one per process and Humanizer 3 freezes it on first use, so every test that calls
/// Humanizer in this process is in this collection; tests that need a fresh Humanizer run in a child process
/// (<see cref="FreshProcessTests"/>).
/// </remarks>
public sealed class RegisteredAtStartUp
{
    public const string Collection = "Humanizer, registered at start-up";

    public RegisteredAtStartUp()
    {
        ThaiHumanizer.Register(ThaiNumberStyle.RoyalInstitute);
        ThaiHumanizer.Register();
    }
}

[CollectionDefinition(RegisteredAtStartUp.Collection)]
public sealed class RegisteredAtStartUpCollection : ICollectionFixture<RegisteredAtStartUp>;
