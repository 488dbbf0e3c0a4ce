package dev.cairn.api.event;

import java.util.List;

/** Every event type the engine writes; the serializer maps their stored names from this list. */
public final class EventTypes {

    private EventTypes() {
    }

    public static final List<Class<? extends Record>> ALL = List.of(
            UserPoolCreated.class, UserPoolUpdated.class, CustomAttributesAdded.class, UserPoolDeleted.class,
            UserPoolClientCreated.class, UserPoolClientUpdated.class, UserPoolClientDeleted.class,
            GroupCreated.class, GroupUpdated.class, GroupDeleted.class,
            UserCreated.class, UserAttributesUpdated.class, UserAttributesDeleted.class,
            UserDisabled.class, UserEnabled.class, UserSignUpConfirmed.class,
            PasswordSet.class, PasswordResetRequired.class,
            UserAddedToGroup.class, UserRemovedFromGroup.class, UserDeleted.class, MessageSent.class,
            SigningKeyAdded.class, AuthChallengeIssued.class, AuthChallengeAnswered.class,
            SignedIn.class, TokensRefreshed.class, SignInFailed.class, SignedOutGlobally.class, RefreshTokenRevoked.class,
            CodeIssued.class, CodeMismatched.class, AttributeVerified.class, AttributeChangePending.class,
            PersonalDataErased.class,
            UserPoolMfaConfigSet.class, SoftwareTokenAssociated.class, SoftwareTokenVerified.class, MfaPreferenceSet.class,
            MfaChallengeIssued.class, MfaChallengePassed.class, MfaCodeMismatched.class,
            DeviceKeyIssued.class, DeviceConfirmed.class, DeviceStatusUpdated.class, DeviceForgotten.class,
            ResourceServerCreated.class, ResourceServerUpdated.class, ResourceServerDeleted.class,
            UserPoolDomainCreated.class, UserPoolDomainUpdated.class, UserPoolDomainDeleted.class,
            ClientSecretAdded.class, ClientSecretDeleted.class,
            FirstFactorCodeIssued.class, WebAuthnRegistrationStarted.class, WebAuthnCredentialRegistered.class,
            WebAuthnCredentialDeleted.class, WebAuthnCredentialUsed.class, RefreshTokenRotated.class, RefreshTokenReuseDetected.class,

            AuthorizationCodeIssued.class, AuthorizationCodeRedeemed.class, UICustomizationSet.class,
            ManagedLoginBrandingCreated.class, ManagedLoginBrandingUpdated.class, ManagedLoginBrandingDeleted.class,

            LambdaTriggerInvoked.class,

            IdentityProviderCreated.class, IdentityProviderUpdated.class, IdentityProviderDeleted.class,
            ProviderLinked.class, ProviderUnlinked.class,
            TermsCreated.class, TermsUpdated.class, TermsDeleted.class,


            UserPoolTagged.class, UserPoolUntagged.class, LogDeliveryConfigurationSet.class,
            UserImportJobCreated.class, UserImportFileUploaded.class, UserImportJobStarted.class, UserImportJobClaimed.class,
            UserImportBatchImported.class, UserImportJobStopRequested.class, UserImportJobEnded.class,
            AuthEventFeedbackRecorded.class, RiskConfigurationSet.class, SignInRiskAssessed.class);
}
