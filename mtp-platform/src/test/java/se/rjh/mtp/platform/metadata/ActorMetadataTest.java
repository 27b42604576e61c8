package se.rjh.mtp.platform.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor is the signed-in user; an anonymous caller (a public path) is nobody, so the code's actor stays. */
class ActorMetadataTest {

    private final ActorMetadata interceptor = new ActorMetadata("group-service");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String actorOf(Map<String, String> metaData) {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("command").andMetaData(metaData);
        return (String) interceptor.handle(List.of(command)).apply(0, command).getMetaData().get(ActorMetadata.ACTOR);
    }

    @Test
    void theSignedInUserReplacesWhateverTheCommandSays() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "ordforande", null, AuthorityUtils.createAuthorityList("ROLE_LSG_CHAIR")));
        assertThat(actorOf(Map.of(ActorMetadata.ACTOR, "mallory"))).isEqualTo("ordforande");
    }

    @Test
    void anAnonymousCallerKeepsTheActorTheServiceGaveOrIsTheSystem() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(actorOf(Map.of(ActorMetadata.ACTOR, "unit-link:u1"))).isEqualTo("unit-link:u1");
        assertThat(actorOf(Map.of())).isEqualTo("system:group-service");
    }
}
