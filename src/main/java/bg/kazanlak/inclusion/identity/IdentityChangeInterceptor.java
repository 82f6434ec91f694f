package bg.kazanlak.inclusion.identity;

import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Forgets the {@link VerifiedCredentials} whenever this node's engine runs a command that changes
 * users, groups, tenants or their memberships — through the Admin webapp, {@code /engine-rest} or
 * the application's own code alike — so a changed password, a locked or deleted user, a removed
 * membership takes effect at the next request. Before the command as well as after it: a request
 * that verified the old password while the command ran cannot outlive it by more than the cache's
 * time to live, and cannot survive the second forgetting.
 */
class IdentityChangeInterceptor extends CommandInterceptor {

  /** Simple names of the engine's identity-writing commands (org.camunda.bpm.engine.impl.cmd). */
  static final Set<String> IDENTITY_COMMANDS =
      Set.of(
          "SaveUserCmd",
          "DeleteUserCmd",
          "UnlockUserCmd",
          "SaveGroupCmd",
          "DeleteGroupCmd",
          "CreateMembershipCmd",
          "DeleteMembershipCmd",
          "SaveTenantCmd",
          "DeleteTenantCmd",
          "CreateTenantUserMembershipCmd",
          "CreateTenantGroupMembershipCmd",
          "DeleteTenantUserMembershipCmd",
          "DeleteTenantGroupMembershipCmd",
          "DeleteUserInfoCmd",
          "SetUserInfoCmd",
          "SetUserPictureCmd");

  private final VerifiedCredentials credentials;

  IdentityChangeInterceptor(VerifiedCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean identityChange = IDENTITY_COMMANDS.contains(command.getClass().getSimpleName());
    if (identityChange) {
      credentials.forgetAll();
    }
    try {
      return next.execute(command);
    } finally {
      if (identityChange) {
        credentials.forgetAll();
      }
    }
  }
}
