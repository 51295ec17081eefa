using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Tokens;

namespace CognitoKit.Testing.UserPools;

/// <summary>The operations a signed-in user calls with an access token, plus RevokeToken.</summary>
internal static class SelfServiceOperations
{
    public static void Register(EmulatorState state, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["GetUser"] = r => WithToken(state, r, t => UserAccounts.Describe(t.User, admin: false));
        ops["ChangePassword"] = r => WithToken(state, r, t =>
        {
            var proposed = r.RequiredString("ProposedPassword");
            if (t.User.Password is not null && !UserAccounts.CheckPassword(t.Pool, t.User, r.OptionalString("PreviousPassword") ?? string.Empty))
            {
                throw AwsServiceException.NotAuthorized("Incorrect username or password.");
            }

            t.Pool.PasswordPolicy.Enforce(proposed);
            UserAccounts.SetPassword(t.Pool, t.User, proposed);
            t.User.LastModifiedDate = state.Now;
            return null;
        });
        ops["UpdateUserAttributes"] = r => WithToken(state, r, t =>
        {
            var attributes = r.AttributeList("UserAttributes");
            if (attributes.Any(a => a.Key.EndsWith("_verified", StringComparison.Ordinal)))
            {
                throw AwsServiceException.InvalidParameter("Cannot modify the verified status of an attribute.");
            }

            UserAccounts.Update(t.Pool, t.User, attributes, checkMutable: true, state.Now);
            var deliveries = new JsonArray();
            foreach (var name in attributes.Select(a => a.Key).Where(n => n is "email" or "phone_number" && t.Pool.AutoVerifiedAttributes.Contains(n)))
            {
                deliveries.Add(SendAttributeCode(state, t, name));
            }

            return deliveries.Count > 0 ? new JsonObject { ["CodeDeliveryDetailsList"] = deliveries } : null;
        });
        ops["GetUserAttributeVerificationCode"] = r => WithToken(state, r, t =>
        {
            var name = r.RequiredString("AttributeName");
            if (name is not ("email" or "phone_number") || string.IsNullOrEmpty(t.User.Attribute(name)))
            {
                throw AwsServiceException.InvalidParameter("Invalid attribute name " + name + " for verification.");
            }

            return new JsonObject { ["CodeDeliveryDetails"] = SendAttributeCode(state, t, name) };
        });
        ops["VerifyUserAttribute"] = r => WithToken(state, r, t =>
        {
            var name = r.RequiredString("AttributeName");
            CodeDelivery.Check(t.User.AttributeCodes.GetValueOrDefault(name), r.RequiredString("Code"), state.Now);
            t.User.AttributeCodes.Remove(name);
            t.User.Attributes[name + "_verified"] = "true";
            return null;
        });
        ops["DeleteUserAttributes"] = r => WithToken(state, r, t =>
        {
            var names = r.StringList("UserAttributeNames");
            foreach (var name in names)
            {
                if (name == "sub" || name.EndsWith("_verified", StringComparison.Ordinal) || !t.Pool.Schema.IsMutable(name))
                {
                    throw AwsServiceException.InvalidParameter("Cannot delete an immutable attribute: " + name);
                }

                if (t.Pool.Schema.RequiredAttributes.Contains(name))
                {
                    throw AwsServiceException.InvalidParameter("Cannot delete a required attribute: " + name);
                }
            }

            foreach (var name in names)
            {
                t.User.Attributes.Remove(name);
                if (name is "email" or "phone_number")
                {
                    t.User.Attributes.Remove(name + "_verified");
                    t.User.AttributeCodes.Remove(name);
                }
            }

            t.User.LastModifiedDate = state.Now;
            return null;
        });
        ops["DeleteUser"] = r => WithToken(state, r, t =>
        {
            Revocation.SignOutEverywhere(state, t.User);
            t.Pool.Remove(t.User);
            return null;
        });
        ops["GlobalSignOut"] = r => WithToken(state, r, t =>
        {
            Revocation.SignOutEverywhere(state, t.User);
            return null;
        });
        ops["RevokeToken"] = r => new(RevokeToken(state, r));
    }

    /// <summary>Validates the request's AccessToken and runs <paramref name="action"/> under the pool lock.</summary>
    public static ValueTask<JsonObject?> WithToken(EmulatorState state, AwsJsonRequest r, Func<AccessTokenContext, JsonObject?> action)
    {
        var context = AccessTokenValidator.Validate(state, r.RequiredString("AccessToken"));
        lock (context.Pool.Gate)
        {
            return new(action(context));
        }
    }

    private static JsonObject SendAttributeCode(EmulatorState state, AccessTokenContext t, string name)
    {
        var code = new PendingCode(PendingCode.NewCode(), state.Now + CodeDelivery.AttributeCodeLifetime, name);
        t.User.AttributeCodes[name] = code;
        return CodeDelivery.Send(state, t.Pool, t.User, name, MessagePurpose.VerifyAttribute, code.Code);
    }

    private static JsonObject? RevokeToken(EmulatorState state, AwsJsonRequest r)
    {
        var (pool, client) = state.UserPools.GetClient(r.RequiredString("ClientId"));
        SecretHash.VerifyClientSecret(client, r.OptionalString("ClientSecret"));
        if (!client.EnableTokenRevocation)
        {
            throw new AwsServiceException("UnsupportedOperationException", "Token revocation is not enabled for this client.");
        }

        var session = state.RefreshTokens.Find(r.RequiredString("Token"));
        if (session is null)
        {
            throw new AwsServiceException("UnsupportedTokenTypeException", "Only refresh tokens can be revoked.");
        }

        if (session.ClientId != client.ClientId)
        {
            throw new AwsServiceException("UnauthorizedException", "The token was not issued to this client.", 401);
        }

        lock (pool.Gate)
        {
            Revocation.Revoke(state, pool.UsersBySub.GetValueOrDefault(session.Sub), session.OriginJti);
        }

        return null;
    }
}
