package dk.aarsrapport.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import dk.aarsrapport.job.Progress;

/** Tells the operator where the console is, once the server listens. */
@Component
class ServeStarted implements ApplicationListener<WebServerInitializedEvent> {

    private final ObjectProvider<Progress.Console> console;
    private final org.springframework.core.env.Environment env;

    ServeStarted(ObjectProvider<Progress.Console> console, org.springframework.core.env.Environment env) {
        this.console = console;
        this.env = env;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String host = env.getProperty("server.address", "127.0.0.1");
        boolean tls = env.getProperty("server.ssl.enabled", Boolean.class, env.containsProperty("server.ssl.bundle")
                || env.containsProperty("server.ssl.key-store") || env.containsProperty("server.ssl.certificate"));
        console.getIfAvailable(() -> new Progress.Console(System.out)).out().println("Webkonsollen kører på "
                + (tls ? "https" : "http") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + event.getWebServer().getPort() + "/");
    }
}
