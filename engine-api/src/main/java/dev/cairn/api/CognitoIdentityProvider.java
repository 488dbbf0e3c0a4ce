package dev.cairn.api;

import dev.cairn.api.model.*;

/**
 * The Cognito User Pools operations the engine implements, one method per operation, named after
 * it. Requests and responses are the service model's shapes; every error is a
 * {@link dev.cairn.api.error.CognitoException} subclass named after the Cognito error type.
 *
 * <p>A request that fails leaves no trace in the log. When a method returns, every query reflects
 * what it wrote (read-your-writes).
 */
public interface CognitoIdentityProvider {

    /**
     * CreateUserPool: Creates a new Amazon Cognito user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.UserPoolTaggingException}, {@link dev.cairn.api.error.TierChangeNotAllowedException}, {@link dev.cairn.api.error.FeatureUnavailableInTierException}.
     */
    CreateUserPoolResponse createUserPool(CreateUserPoolRequest request);

    /**
     * DescribeUserPool: Given a user pool ID, returns configuration information.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UserPoolTaggingException}.
     */
    DescribeUserPoolResponse describeUserPool(DescribeUserPoolRequest request);

    /**
     * UpdateUserPool: Updates the configuration of a user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.UserImportInProgressException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.UserPoolTaggingException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.TierChangeNotAllowedException}, {@link dev.cairn.api.error.FeatureUnavailableInTierException}.
     */
    UpdateUserPoolResponse updateUserPool(UpdateUserPoolRequest request);

    /**
     * DeleteUserPool: Deletes a user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UserImportInProgressException}.
     */
    void deleteUserPool(DeleteUserPoolRequest request);

    /**
     * ListUserPools: Lists user pools and their details in the current Amazon Web Services account.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}.
     */
    ListUserPoolsResponse listUserPools(ListUserPoolsRequest request);

    /**
     * AddCustomAttributes: Adds additional user attributes to the user pool schema.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UserImportInProgressException}.
     */
    AddCustomAttributesResponse addCustomAttributes(AddCustomAttributesRequest request);

    /**
     * CreateUserPoolClient: Creates an app client in a user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.ScopeDoesNotExistException}, {@link dev.cairn.api.error.InvalidOAuthFlowException}, {@link dev.cairn.api.error.FeatureUnavailableInTierException}.
     */
    CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest request);

    /**
     * DescribeUserPoolClient: Given an app client ID, returns configuration information.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}.
     */
    DescribeUserPoolClientResponse describeUserPoolClient(DescribeUserPoolClientRequest request);

    /**
     * UpdateUserPoolClient: Given a user pool app client ID, updates the configuration.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.ScopeDoesNotExistException}, {@link dev.cairn.api.error.InvalidOAuthFlowException}, {@link dev.cairn.api.error.FeatureUnavailableInTierException}.
     */
    UpdateUserPoolClientResponse updateUserPoolClient(UpdateUserPoolClientRequest request);

    /**
     * DeleteUserPoolClient: Deletes a user pool app client.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ConcurrentModificationException}.
     */
    void deleteUserPoolClient(DeleteUserPoolClientRequest request);

    /**
     * ListUserPoolClients: Given a user pool ID, lists app clients.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}.
     */
    ListUserPoolClientsResponse listUserPoolClients(ListUserPoolClientsRequest request);

    /**
     * AdminCreateUser: Creates a new user in the specified user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UsernameExistsException}, {@link dev.cairn.api.error.InvalidPasswordException}, {@link dev.cairn.api.error.CodeDeliveryFailureException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.PreconditionNotMetException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.UnsupportedUserStateException}.
     */
    AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest request);

    /**
     * AdminGetUser: Given a username, returns details about a user profile in a user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UserNotFoundException}.
     */
    AdminGetUserResponse adminGetUser(AdminGetUserRequest request);

    /**
     * AdminDeleteUser: Deletes a user profile in your user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UserNotFoundException}.
     */
    void adminDeleteUser(AdminDeleteUserRequest request);

    /**
     * AdminUpdateUserAttributes: Updates the specified user's attributes.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.AliasExistsException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}.
     */
    AdminUpdateUserAttributesResponse adminUpdateUserAttributes(AdminUpdateUserAttributesRequest request);

    /**
     * AdminDeleteUserAttributes: Deletes attribute values from a user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UserNotFoundException}.
     */
    AdminDeleteUserAttributesResponse adminDeleteUserAttributes(AdminDeleteUserAttributesRequest request);

    /**
     * AdminEnableUser: Activates sign-in for a user profile that previously had sign-in access disabled.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UserNotFoundException}.
     */
    AdminEnableUserResponse adminEnableUser(AdminEnableUserRequest request);

    /**
     * AdminDisableUser: Deactivates a user profile and revokes all access tokens for the user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UserNotFoundException}.
     */
    AdminDisableUserResponse adminDisableUser(AdminDisableUserRequest request);

    /**
     * AdminConfirmSignUp: Confirms user sign-up as an administrator.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.TooManyFailedAttemptsException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.UserNotFoundException}.
     */
    AdminConfirmSignUpResponse adminConfirmSignUp(AdminConfirmSignUpRequest request);

    /**
     * AdminSetUserPassword: Sets the specified user's password in a user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InvalidPasswordException}, {@link dev.cairn.api.error.PasswordHistoryPolicyViolationException}.
     */
    AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest request);

    /**
     * AdminResetUserPassword: Begins the password reset process.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}.
     */
    AdminResetUserPasswordResponse adminResetUserPassword(AdminResetUserPasswordRequest request);

    /**
     * ListUsers: Given a user pool ID, returns a list of users and their basic details in a user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}.
     */
    ListUsersResponse listUsers(ListUsersRequest request);

    /**
     * CreateGroup: Creates a new group in the specified user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.GroupExistsException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.LimitExceededException}.
     */
    CreateGroupResponse createGroup(CreateGroupRequest request);

    /**
     * GetGroup: Given a user pool ID and a group name, returns information about the user group.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}.
     */
    GetGroupResponse getGroup(GetGroupRequest request);

    /**
     * UpdateGroup: Given the name of a user pool group, updates any of the properties for precedence, IAM role, or description.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}.
     */
    UpdateGroupResponse updateGroup(UpdateGroupRequest request);

    /**
     * DeleteGroup: Deletes a group from the specified user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}.
     */
    void deleteGroup(DeleteGroupRequest request);

    /**
     * ListGroups: Given a user pool ID, returns user pool groups and their details.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}.
     */
    ListGroupsResponse listGroups(ListGroupsRequest request);

    /**
     * AdminAddUserToGroup: Adds a user to a group.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.UserNotFoundException}.
     */
    void adminAddUserToGroup(AdminAddUserToGroupRequest request);

    /**
     * AdminRemoveUserFromGroup: Given a username and a group name, removes them from the group.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.UserNotFoundException}.
     */
    void adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest request);

    /**
     * AdminListGroupsForUser: Lists the groups that a user belongs to.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.UserNotFoundException}.
     */
    AdminListGroupsForUserResponse adminListGroupsForUser(AdminListGroupsForUserRequest request);

    /**
     * ListUsersInGroup: Given a user pool ID and a group name, returns a list of users in the group.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}.
     */
    ListUsersInGroupResponse listUsersInGroup(ListUsersInGroupRequest request);

    /**
     * InitiateAuth: Declares an authentication flow and initiates sign-in for a user in the Amazon Cognito user directory.
     *
     * <p>Errors: {@link dev.cairn.api.error.UnsupportedOperationException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    InitiateAuthResponse initiateAuth(InitiateAuthRequest request);

    /**
     * AdminInitiateAuth: Starts sign-in for applications with a server-side component, for example a traditional web application.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.UnsupportedOperationException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.MFAMethodNotFoundException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}.
     */
    AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request);

    /**
     * RespondToAuthChallenge: Some API operations in a user pool generate a challenge, like a prompt for an MFA code, for device authentication that bypasses MFA, or for a custom authentication challenge.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.CodeMismatchException}, {@link dev.cairn.api.error.ExpiredCodeException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.InvalidPasswordException}, {@link dev.cairn.api.error.PasswordHistoryPolicyViolationException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.MFAMethodNotFoundException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.AliasExistsException}, {@link dev.cairn.api.error.SoftwareTokenMFANotFoundException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest request);

    /**
     * AdminRespondToAuthChallenge: Some API operations in a user pool generate a challenge, like a prompt for an MFA code, for device authentication that bypasses MFA, or for a custom authentication challenge.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.CodeMismatchException}, {@link dev.cairn.api.error.ExpiredCodeException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.InvalidPasswordException}, {@link dev.cairn.api.error.PasswordHistoryPolicyViolationException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.MFAMethodNotFoundException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.AliasExistsException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.SoftwareTokenMFANotFoundException}.
     */
    AdminRespondToAuthChallengeResponse adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest request);

    /**
     * GetUser: Gets user attributes and and MFA settings for the currently signed-in user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    GetUserResponse getUser(GetUserRequest request);

    /**
     * GlobalSignOut: Invalidates the identity, access, and refresh tokens that Amazon Cognito issued to a user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    GlobalSignOutResponse globalSignOut(GlobalSignOutRequest request);

    /**
     * AdminUserGlobalSignOut: Invalidates the identity, access, and refresh tokens that Amazon Cognito issued to a user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UserNotFoundException}.
     */
    AdminUserGlobalSignOutResponse adminUserGlobalSignOut(AdminUserGlobalSignOutRequest request);

    /**
     * RevokeToken: Revokes all of the access tokens generated by, and at the same time as, the specified refresh token.
     *
     * <p>Errors: {@link dev.cairn.api.error.UnauthorizedException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UnsupportedOperationException}, {@link dev.cairn.api.error.UnsupportedTokenTypeException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    RevokeTokenResponse revokeToken(RevokeTokenRequest request);

    /**
     * GetSigningCertificate: Given a user pool ID, returns the signing certificate for SAML 2.0 federation.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}.
     */
    GetSigningCertificateResponse getSigningCertificate(GetSigningCertificateRequest request);

    /**
     * SignUp: Registers a user with an app client and requests a user name, password, and user attributes in the user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InvalidPasswordException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.UsernameExistsException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.CodeDeliveryFailureException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    SignUpResponse signUp(SignUpRequest request);

    /**
     * ConfirmSignUp: Confirms the account of a new user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyFailedAttemptsException}, {@link dev.cairn.api.error.CodeMismatchException}, {@link dev.cairn.api.error.ExpiredCodeException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.AliasExistsException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    ConfirmSignUpResponse confirmSignUp(ConfirmSignUpRequest request);

    /**
     * ResendConfirmationCode: Resends the code that confirms a new account for a user who has signed up in your user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.CodeDeliveryFailureException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    ResendConfirmationCodeResponse resendConfirmationCode(ResendConfirmationCodeRequest request);

    /**
     * ForgotPassword: Sends a password-reset confirmation code to the email address or phone number of the requested username.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.CodeDeliveryFailureException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    ForgotPasswordResponse forgotPassword(ForgotPasswordRequest request);

    /**
     * ConfirmForgotPassword: This public API operation accepts a confirmation code that Amazon Cognito sent to a user and accepts a new password for that user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InvalidPasswordException}, {@link dev.cairn.api.error.PasswordHistoryPolicyViolationException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.CodeMismatchException}, {@link dev.cairn.api.error.ExpiredCodeException}, {@link dev.cairn.api.error.TooManyFailedAttemptsException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    ConfirmForgotPasswordResponse confirmForgotPassword(ConfirmForgotPasswordRequest request);

    /**
     * ChangePassword: Changes the password for the currently signed-in user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InvalidPasswordException}, {@link dev.cairn.api.error.PasswordHistoryPolicyViolationException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    ChangePasswordResponse changePassword(ChangePasswordRequest request);

    /**
     * GetUserAttributeVerificationCode: Given an attribute name, sends a user attribute verification code for the specified attribute name to the currently signed-in user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.CodeDeliveryFailureException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    GetUserAttributeVerificationCodeResponse getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest request);

    /**
     * VerifyUserAttribute: Submits a verification code for a signed-in user who has added or changed a value of an auto-verified attribute.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.CodeMismatchException}, {@link dev.cairn.api.error.ExpiredCodeException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.AliasExistsException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    VerifyUserAttributeResponse verifyUserAttribute(VerifyUserAttributeRequest request);

    /**
     * UpdateUserAttributes: Updates the currently signed-in user's attributes.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.CodeMismatchException}, {@link dev.cairn.api.error.ExpiredCodeException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.AliasExistsException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.CodeDeliveryFailureException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    UpdateUserAttributesResponse updateUserAttributes(UpdateUserAttributesRequest request);

    /**
     * DeleteUserAttributes: Deletes attributes from the currently signed-in user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    DeleteUserAttributesResponse deleteUserAttributes(DeleteUserAttributesRequest request);

    /**
     * DeleteUser: Deletes the profile of the currently signed-in user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    void deleteUser(DeleteUserRequest request);

    /**
     * SetUserPoolMfaConfig: Sets user pool multi-factor authentication (MFA) and passkey configuration.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidSmsRoleAccessPolicyException}, {@link dev.cairn.api.error.InvalidSmsRoleTrustRelationshipException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.FeatureUnavailableInTierException}.
     */
    SetUserPoolMfaConfigResponse setUserPoolMfaConfig(SetUserPoolMfaConfigRequest request);

    /**
     * GetUserPoolMfaConfig: Given a user pool ID, returns configuration for sign-in with WebAuthn authenticators and for multi-factor authentication (MFA).
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    GetUserPoolMfaConfigResponse getUserPoolMfaConfig(GetUserPoolMfaConfigRequest request);

    /**
     * SetUserMFAPreference: Set the user's multi-factor authentication (MFA) method preference, including which MFA factors are activated and if any are preferred.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    SetUserMFAPreferenceResponse setUserMFAPreference(SetUserMFAPreferenceRequest request);

    /**
     * AdminSetUserMFAPreference: Sets the user's multi-factor authentication (MFA) preference, including which MFA options are activated, and if any are preferred.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    AdminSetUserMFAPreferenceResponse adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest request);

    /**
     * SetUserSettings: This action is no longer supported.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    SetUserSettingsResponse setUserSettings(SetUserSettingsRequest request);

    /**
     * AdminSetUserSettings: This action is no longer supported.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    AdminSetUserSettingsResponse adminSetUserSettings(AdminSetUserSettingsRequest request);

    /**
     * AssociateSoftwareToken: Begins setup of time-based one-time password (TOTP) multi-factor authentication (MFA) for a user, with a unique private key that Amazon Cognito generates and returns in the API response.
     *
     * <p>Errors: {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.SoftwareTokenMFANotFoundException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    AssociateSoftwareTokenResponse associateSoftwareToken(AssociateSoftwareTokenRequest request);

    /**
     * VerifySoftwareToken: Registers the current user's time-based one-time password (TOTP) authenticator with a code generated in their authenticator app from a private key that's supplied by your user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.EnableSoftwareTokenMFAException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.SoftwareTokenMFANotFoundException}, {@link dev.cairn.api.error.CodeMismatchException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    VerifySoftwareTokenResponse verifySoftwareToken(VerifySoftwareTokenRequest request);

    /**
     * ConfirmDevice: Confirms a device that a user wants to remember.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InvalidPasswordException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.UsernameExistsException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.DeviceKeyExistsException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    ConfirmDeviceResponse confirmDevice(ConfirmDeviceRequest request);

    /**
     * GetDevice: Given a device key, returns information about a remembered device for the current user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    GetDeviceResponse getDevice(GetDeviceRequest request);

    /**
     * AdminGetDevice: Given the device key, returns details for a user's device.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.NotAuthorizedException}.
     */
    AdminGetDeviceResponse adminGetDevice(AdminGetDeviceRequest request);

    /**
     * ListDevices: Lists the devices that Amazon Cognito has registered to the currently signed-in user.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    ListDevicesResponse listDevices(ListDevicesRequest request);

    /**
     * AdminListDevices: Lists a user's registered devices.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.NotAuthorizedException}.
     */
    AdminListDevicesResponse adminListDevices(AdminListDevicesRequest request);

    /**
     * UpdateDeviceStatus: Updates the status of a the currently signed-in user's device so that it is marked as remembered or not remembered for the purpose of device authentication.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    UpdateDeviceStatusResponse updateDeviceStatus(UpdateDeviceStatusRequest request);

    /**
     * AdminUpdateDeviceStatus: Updates the status of a user's device so that it is marked as remembered or not remembered for the purpose of device authentication.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    AdminUpdateDeviceStatusResponse adminUpdateDeviceStatus(AdminUpdateDeviceStatusRequest request);

    /**
     * ForgetDevice: Given a device key, deletes a remembered device as the currently signed-in user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    void forgetDevice(ForgetDeviceRequest request);

    /**
     * AdminForgetDevice: Forgets, or deletes, a remembered device from a user's profile.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InvalidUserPoolConfigurationException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    void adminForgetDevice(AdminForgetDeviceRequest request);

    // ------------------------------------------------------------------ resource servers (OAuth 2.0 scopes)

    /**
     * CreateResourceServer: Creates a new OAuth2.0 resource server and defines custom scopes within it.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    CreateResourceServerResponse createResourceServer(CreateResourceServerRequest request);

    /**
     * DescribeResourceServer: Describes a resource server.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    DescribeResourceServerResponse describeResourceServer(DescribeResourceServerRequest request);

    /**
     * ListResourceServers: Given a user pool ID, returns all resource servers and their details.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    ListResourceServersResponse listResourceServers(ListResourceServersRequest request);

    /**
     * UpdateResourceServer: Updates the name and scopes of a resource server.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    UpdateResourceServerResponse updateResourceServer(UpdateResourceServerRequest request);

    /**
     * DeleteResourceServer: Deletes a resource server.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    void deleteResourceServer(DeleteResourceServerRequest request);

    // ------------------------------------------------------------------ domains

    /**
     * CreateUserPoolDomain: A user pool domain hosts managed login, an authorization server and web server for authentication in your application.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.FeatureUnavailableInTierException}.
     */
    CreateUserPoolDomainResponse createUserPoolDomain(CreateUserPoolDomainRequest request);

    /**
     * DescribeUserPoolDomain: Given a user pool domain name, returns information about the domain configuration.
     *
     * <p>Errors: {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    DescribeUserPoolDomainResponse describeUserPoolDomain(DescribeUserPoolDomainRequest request);

    /**
     * UpdateUserPoolDomain: A user pool domain hosts managed login, an authorization server and web server for authentication in your application.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.FeatureUnavailableInTierException}.
     */
    UpdateUserPoolDomainResponse updateUserPoolDomain(UpdateUserPoolDomainRequest request);

    /**
     * DeleteUserPoolDomain: Given a user pool ID and domain identifier, deletes a user pool domain.
     *
     * <p>Errors: {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    DeleteUserPoolDomainResponse deleteUserPoolDomain(DeleteUserPoolDomainRequest request);

    // ------------------------------------------------------------------ client secrets

    /**
     * AddUserPoolClientSecret: Creates a new client secret for an existing confidential user pool app client.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InternalServerException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.AccessDeniedException}, {@link dev.cairn.api.error.ResourceNotFoundException}.
     */
    AddUserPoolClientSecretResponse addUserPoolClientSecret(AddUserPoolClientSecretRequest request);

    /**
     * ListUserPoolClientSecrets: Lists all client secrets associated with a user pool app client.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InternalServerException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.ResourceNotFoundException}.
     */
    ListUserPoolClientSecretsResponse listUserPoolClientSecrets(ListUserPoolClientSecretsRequest request);

    /**
     * DeleteUserPoolClientSecret: Deletes a specific client secret from a user pool app client.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InternalServerException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.ResourceNotFoundException}.
     */
    DeleteUserPoolClientSecretResponse deleteUserPoolClientSecret(DeleteUserPoolClientSecretRequest request);

    /**
     * StartWebAuthnRegistration: Requests credential creation options from your user pool for the currently signed-in user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ForbiddenException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.WebAuthnNotEnabledException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.WebAuthnConfigurationMissingException}.
     */
    StartWebAuthnRegistrationResponse startWebAuthnRegistration(StartWebAuthnRegistrationRequest request);

    /**
     * CompleteWebAuthnRegistration: Completes registration of a passkey authenticator for the currently signed-in user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ForbiddenException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.WebAuthnNotEnabledException}, {@link dev.cairn.api.error.WebAuthnChallengeNotFoundException}, {@link dev.cairn.api.error.WebAuthnRelyingPartyMismatchException}, {@link dev.cairn.api.error.WebAuthnClientMismatchException}, {@link dev.cairn.api.error.WebAuthnOriginNotAllowedException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.WebAuthnCredentialNotSupportedException}.
     */
    CompleteWebAuthnRegistrationResponse completeWebAuthnRegistration(CompleteWebAuthnRegistrationRequest request);

    /**
     * ListWebAuthnCredentials: Generates a list of the currently signed-in user's registered passkey, or WebAuthn, credentials.
     *
     * <p>Errors: {@link dev.cairn.api.error.ForbiddenException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.NotAuthorizedException}.
     */
    ListWebAuthnCredentialsResponse listWebAuthnCredentials(ListWebAuthnCredentialsRequest request);

    /**
     * DeleteWebAuthnCredential: Deletes a registered passkey, or WebAuthn, authenticator for the currently signed-in user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ForbiddenException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.ResourceNotFoundException}.
     */
    DeleteWebAuthnCredentialResponse deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest request);

    /**
     * GetUserAuthFactors: Lists the authentication options for the currently signed-in user.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.PasswordResetRequiredException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserNotConfirmedException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.ForbiddenException}.
     */
    GetUserAuthFactorsResponse getUserAuthFactors(GetUserAuthFactorsRequest request);

    /**
     * GetTokensFromRefreshToken: Given a refresh token, issues new ID, access, and optionally refresh tokens for the user who owns the submitted token.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UnexpectedLambdaException}, {@link dev.cairn.api.error.UserLambdaValidationException}, {@link dev.cairn.api.error.InvalidLambdaResponseException}, {@link dev.cairn.api.error.ForbiddenException}, {@link dev.cairn.api.error.RefreshTokenReuseException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    GetTokensFromRefreshTokenResponse getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest request);

    // ------------------------------------------------------------------ identity providers (federation)

    /**
     * CreateIdentityProvider: Adds a configuration and trust relationship between a third-party identity provider (IdP) and a user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.DuplicateProviderException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    CreateIdentityProviderResponse createIdentityProvider(CreateIdentityProviderRequest request);

    /**
     * DescribeIdentityProvider: Gets information about a specific IdP.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    DescribeIdentityProviderResponse describeIdentityProvider(DescribeIdentityProviderRequest request);

    /**
     * ListIdentityProviders: Gives information about all IdPs in a user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    ListIdentityProvidersResponse listIdentityProviders(ListIdentityProvidersRequest request);

    /**
     * UpdateIdentityProvider: Updates IdP information for a user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UnsupportedIdentityProviderException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    UpdateIdentityProviderResponse updateIdentityProvider(UpdateIdentityProviderRequest request);

    /**
     * DeleteIdentityProvider: Deletes a user pool identity provider (IdP).
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.UnsupportedIdentityProviderException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    void deleteIdentityProvider(DeleteIdentityProviderRequest request);

    /**
     * GetIdentityProviderByIdentifier: Gets the specified IdP.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    GetIdentityProviderByIdentifierResponse getIdentityProviderByIdentifier(GetIdentityProviderByIdentifierRequest request);

    /**
     * AdminLinkProviderForUser: Links an existing user account in a user pool (DestinationUser) to an identity from an external IdP (SourceUser).
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.AliasExistsException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    AdminLinkProviderForUserResponse adminLinkProviderForUser(AdminLinkProviderForUserRequest request);

    /**
     * AdminDisableProviderForUser: Prevents the user from signing in with the specified external (SAML or social) identity provider (IdP).
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.AliasExistsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    AdminDisableProviderForUserResponse adminDisableProviderForUser(AdminDisableProviderForUserRequest request);

    // ------------------------------------------------------------------ terms documents

    /**
     * CreateTerms: Creates terms documents for the requested app client.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.TermsExistsException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    CreateTermsResponse createTerms(CreateTermsRequest request);

    /**
     * DescribeTerms: Returns details for the requested terms documents ID.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    DescribeTermsResponse describeTerms(DescribeTermsRequest request);

    /**
     * ListTerms: Returns details about all terms documents for the requested user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    ListTermsResponse listTerms(ListTermsRequest request);

    /**
     * UpdateTerms: Modifies existing terms documents for the requested app client.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.TermsExistsException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    UpdateTermsResponse updateTerms(UpdateTermsRequest request);

    /**
     * DeleteTerms: Deletes the terms documents with the requested ID from your app client.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    void deleteTerms(DeleteTermsRequest request);

    // ------------------------------------------------------------------ branding of the hosted pages

    /**
     * SetUICustomization: Configures UI customization information for a user pool's hosted pages: CSS
     * (only the classes the classic hosted UI offers) and a logo, for every app client ({@code ALL}, or no
     * ClientId) or for one, whose own customization then replaces the pool's.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    SetUICustomizationResponse setUICustomization(SetUICustomizationRequest request);

    /**
     * GetUICustomization: Gets the UI customization information for a particular app client's hosted
     * pages, or the pool's when the client has none of its own.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    GetUICustomizationResponse getUICustomization(GetUICustomizationRequest request);

    /**
     * CreateManagedLoginBranding: Creates a new set of branding settings for a user pool style and
     * associates it with an app client (one style per client).
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.ManagedLoginBrandingExistsException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    CreateManagedLoginBrandingResponse createManagedLoginBranding(CreateManagedLoginBrandingRequest request);

    /**
     * DescribeManagedLoginBranding: Gets the settings of a managed login branding style by its id.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    DescribeManagedLoginBrandingResponse describeManagedLoginBranding(DescribeManagedLoginBrandingRequest request);

    /**
     * DescribeManagedLoginBrandingByClient: Gets the managed login branding style of an app client.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    DescribeManagedLoginBrandingByClientResponse describeManagedLoginBrandingByClient(DescribeManagedLoginBrandingByClientRequest request);

    /**
     * UpdateManagedLoginBranding: Configures the branding settings of a managed login style; members
     * left out keep their values, UseCognitoProvidedValues resets the style to Cognito's defaults.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    UpdateManagedLoginBrandingResponse updateManagedLoginBranding(UpdateManagedLoginBrandingRequest request);

    /**
     * DeleteManagedLoginBranding: Deletes a managed login branding style.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.ConcurrentModificationException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    void deleteManagedLoginBranding(DeleteManagedLoginBrandingRequest request);

    // ------------------------------------------------------------------ tags

    /**
     * TagResource: Assigns a set of tags to an Amazon Cognito user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    TagResourceResponse tagResource(TagResourceRequest request);

    /**
     * UntagResource: Given tag IDs that you previously assigned to a user pool, removes them.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    UntagResourceResponse untagResource(UntagResourceRequest request);

    /**
     * ListTagsForResource: Lists the tags that are assigned to an Amazon Cognito user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request);

    // ------------------------------------------------------------------ log delivery

    /**
     * SetLogDeliveryConfiguration: Sets up or modifies the logging configuration of a user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.FeatureUnavailableInTierException}.
     */
    SetLogDeliveryConfigurationResponse setLogDeliveryConfiguration(SetLogDeliveryConfigurationRequest request);

    /**
     * GetLogDeliveryConfiguration: Given a user pool ID, returns the logging configuration.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.ResourceNotFoundException}.
     */
    GetLogDeliveryConfigurationResponse getLogDeliveryConfiguration(GetLogDeliveryConfigurationRequest request);

    // ------------------------------------------------------------------ user import

    /**
     * CreateUserImportJob: Creates a user import job.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.PreconditionNotMetException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.LimitExceededException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    CreateUserImportJobResponse createUserImportJob(CreateUserImportJobRequest request);

    /**
     * DescribeUserImportJob: Describes a user import job.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    DescribeUserImportJobResponse describeUserImportJob(DescribeUserImportJobRequest request);

    /**
     * ListUserImportJobs: Given a user pool ID, returns user import jobs and their details.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    ListUserImportJobsResponse listUserImportJobs(ListUserImportJobsRequest request);

    /**
     * StartUserImportJob: Instructs your user pool to start importing users from a CSV file that contains their usernames and attributes.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.PreconditionNotMetException}, {@link dev.cairn.api.error.NotAuthorizedException}.
     */
    StartUserImportJobResponse startUserImportJob(StartUserImportJobRequest request);

    /**
     * StopUserImportJob: Instructs your user pool to stop a running job that's importing users from a CSV file that contains their usernames and attributes.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.InternalErrorException}, {@link dev.cairn.api.error.PreconditionNotMetException}, {@link dev.cairn.api.error.NotAuthorizedException}.
     */
    StopUserImportJobResponse stopUserImportJob(StopUserImportJobRequest request);

    /**
     * GetCSVHeader: Given a user pool ID, generates a comma-separated value (CSV) list populated with available user attributes in the user pool.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    GetCSVHeaderResponse getCSVHeader(GetCSVHeaderRequest request);

    // ------------------------------------------------------------------ authentication events

    /**
     * AdminListUserAuthEvents: Requests a history of user activity and any risks detected as part of Amazon Cognito threat protection.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserPoolAddOnNotEnabledException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    AdminListUserAuthEventsResponse adminListUserAuthEvents(AdminListUserAuthEventsRequest request);

    /**
     * AdminUpdateAuthEventFeedback: Provides the feedback for an authentication event generated by threat protection features.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserPoolAddOnNotEnabledException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    AdminUpdateAuthEventFeedbackResponse adminUpdateAuthEventFeedback(AdminUpdateAuthEventFeedbackRequest request);

    /**
     * UpdateAuthEventFeedback: Provides the feedback for an authentication event generated by threat protection features.
     *
     * <p>Errors: {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UserNotFoundException}, {@link dev.cairn.api.error.UserPoolAddOnNotEnabledException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    UpdateAuthEventFeedbackResponse updateAuthEventFeedback(UpdateAuthEventFeedbackRequest request);

    // ------------------------------------------------------------------ threat protection

    /**
     * SetRiskConfiguration: Configures threat protection for a user pool or app client.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UserPoolAddOnNotEnabledException}, {@link dev.cairn.api.error.CodeDeliveryFailureException}, {@link dev.cairn.api.error.InvalidEmailRoleAccessPolicyException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    SetRiskConfigurationResponse setRiskConfiguration(SetRiskConfigurationRequest request);

    /**
     * DescribeRiskConfiguration: Given an app client or user pool ID where threat protection is configured, describes the risk configuration.
     *
     * <p>Errors: {@link dev.cairn.api.error.ResourceNotFoundException}, {@link dev.cairn.api.error.InvalidParameterException}, {@link dev.cairn.api.error.TooManyRequestsException}, {@link dev.cairn.api.error.NotAuthorizedException}, {@link dev.cairn.api.error.UserPoolAddOnNotEnabledException}, {@link dev.cairn.api.error.InternalErrorException}.
     */
    DescribeRiskConfigurationResponse describeRiskConfiguration(DescribeRiskConfigurationRequest request);
}
