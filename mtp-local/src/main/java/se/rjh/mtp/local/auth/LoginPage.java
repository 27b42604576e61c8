package se.rjh.mtp.local.auth;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form, in Swedish and accessible (labels, lang, error announced), with the field names
 * {@code username} and {@code password} that Spring Security's form login reads. Deliberately plain: this page
 * exists only on a developer's machine; elsewhere the region's identity provider signs people in.
 */
@RestController
class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(CsrfToken csrf, @RequestParam(required = false) String error,
                 @RequestParam(required = false) String logout) {
        String message = error != null
                ? "<p role=\"alert\" class=\"fel\" id=\"login-error\">Fel användarnamn eller lösenord.</p>"
                : logout != null ? "<p role=\"status\">Du är utloggad.</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="sv">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Logga in – Region Jämtland Härjedalen</title>
                <style>
                  body{font-family:system-ui,Arial,sans-serif;margin:0;color:#0b0c0c;line-height:1.5}
                  header{background:#0b0c0c;color:#fff;padding:.75rem 1rem;font-weight:700}
                  main{max-width:30rem;margin:2rem auto;padding:0 1rem}
                  label{display:block;font-weight:700;margin-top:1rem}
                  input{font:inherit;width:100%%;box-sizing:border-box;padding:.4rem;border:2px solid #0b0c0c}
                  input:focus,button:focus{outline:3px solid #fd0;box-shadow:inset 0 0 0 2px #0b0c0c}
                  button{font:inherit;margin-top:1.5rem;padding:.5rem 1rem;background:#00703c;color:#fff;border:0}
                  .fel{color:#d4351c;font-weight:700;border-left:5px solid #d4351c;padding-left:.75rem}
                </style></head>
                <body><header>Region Jämtland Härjedalen</header>
                <main><h1>Logga in</h1>
                <p>Lokal inloggning för utveckling. Demoanvändarnas lösenord är användarnamnet.</p>
                %s
                <form method="post" action="/login">
                  <label for="username">Användarnamn</label>
                  <input id="username" name="username" autocomplete="username" required autofocus>
                  <label for="password">Lösenord</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit">Logga in</button>
                </form></main></body></html>
                """.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
