package dk.aarsrapport.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;

import dk.aarsrapport.base.DeliveryMode;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One Dan rapport started from the console: who, when, how far it is, and the state of each politikområde,
 * for the run page and for the browsers following it by server-sent events. Written by the job's threads,
 * read by the requests': every method is synchronized.
 */
final class WebRun {

    /** A politikområde's line on the run page: its place (the element id the script updates), name and state. */
    record Area(int nr, String navn, String tilstand) {
    }

    static final String WAITING = "venter";

    final int year;
    final String user;
    final LocalDateTime started;
    final boolean draft;
    final DeliveryMode delivery;
    private String status = "venter på at starte";
    private String phase = "";
    private boolean done;
    private final Map<String, String> areas = new LinkedHashMap<>();
    private final List<SseEmitter> followers = new ArrayList<>();

    WebRun(int year, String user, LocalDateTime started, boolean draft, DeliveryMode delivery) {
        this.delivery = delivery;
        this.year = year;
        this.user = user;
        this.started = started;
        this.draft = draft;
    }

    synchronized String status() {
        return status;
    }

    synchronized String phase() {
        return phase;
    }

    synchronized boolean done() {
        return done;
    }

    synchronized List<Area> areas() {
        List<Area> all = new ArrayList<>();
        for (Map.Entry<String, String> e : areas.entrySet()) {
            all.add(new Area(all.size() + 1, e.getKey(), e.getValue()));
        }
        return all;
    }

    synchronized void status(String text) {
        status = text;
        send("status", text);
    }

    synchronized void phase(String text) {
        phase = text;
        send("fase", text);
    }

    synchronized void planned(List<String> labels) {
        areas.clear();
        labels.forEach(l -> areas.put(l, WAITING));
        areas().forEach(a -> send("omraade", a));
    }

    /** A console line "10 Ældreområdet → politikomraader/10.pdf (4 sider)" becomes the state "dannet: …". */
    synchronized void drawn(String label, String line) {
        if (!areas.containsKey(label)) {
            return; // a goal framework or a document: not a politikområde
        }
        String rest = line.startsWith(label) ? line.substring(label.length()) : line;
        String state = rest.startsWith(": ") ? rest.substring(2)
                : "dannet" + (rest.startsWith(" → ") ? ": " + rest.substring(3) : rest);
        areas.put(label, state);
        areas().stream().filter(a -> a.navn().equals(label)).forEach(a -> send("omraade", a));
    }

    synchronized void finish(String text) {
        status = text;
        done = true;
        send("faerdig", text);
        followers.forEach(SseEmitter::complete);
        followers.clear();
    }

    /** What has happened so far, then every event to come; at once complete when the run is over. */
    synchronized void follow(SseEmitter emitter) {
        List<SseEmitter> one = List.of(emitter);
        sendTo(one, "status", status);
        if (!phase.isEmpty()) {
            sendTo(one, "fase", phase);
        }
        areas().forEach(a -> sendTo(one, "omraade", a));
        if (done) {
            sendTo(one, "faerdig", status);
            emitter.complete();
            return;
        }
        followers.add(emitter);
        Runnable gone = () -> forget(emitter);
        emitter.onCompletion(gone);
        emitter.onTimeout(gone);
        emitter.onError(e -> gone.run());
    }

    private synchronized void forget(SseEmitter emitter) {
        followers.remove(emitter);
    }

    private void send(String event, Object data) {
        sendTo(List.copyOf(followers), event, data);
    }

    private void sendTo(List<SseEmitter> to, String event, Object data) {
        for (SseEmitter e : to) {
            try {
                e.send(SseEmitter.event().name(event).data(data, data instanceof String ? MediaType.TEXT_PLAIN
                        : MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                followers.remove(e); // the browser left
            }
        }
    }
}
