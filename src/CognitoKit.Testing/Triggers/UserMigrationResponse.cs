using System.Text.Json.Serialization;

namespace CognitoKit.Testing;

/// <summary>The <c>response</c> of a user migration event: the user to create. Without <see cref="UserAttributes"/> no user is created.</summary>
public sealed class UserMigrationResponse
{
    /// <summary>The new user's attributes (e.g. <c>email</c> and <c>email_verified</c>).</summary>
    public Dictionary<string, string>? UserAttributes { get; set; }

    /// <summary><c>CONFIRMED</c> (the default at sign-in: the password becomes the user's) or <c>RESET_REQUIRED</c>.</summary>
    public string? FinalUserStatus { get; set; }

    /// <summary><c>SUPPRESS</c> sends no welcome message (the emulator sends none either way).</summary>
    public string? MessageAction { get; set; }

    /// <summary><c>EMAIL</c> and/or <c>SMS</c> for the welcome message.</summary>
    public List<string>? DesiredDeliveryMediums { get; set; }

    /// <summary>Whether an alias already used by another user moves to the new user.</summary>
    public bool ForceAliasCreation { get; set; }

    /// <summary>Whether SMS MFA is turned on for the new user.</summary>
    [JsonPropertyName("enableSMSMFA")]
    public bool EnableSmsMfa { get; set; }
}
