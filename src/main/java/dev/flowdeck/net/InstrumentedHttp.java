package dev.flowdeck.net;

import java.time.Clock;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache.ProxyConfiguration;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;

/**
 * One Apache HTTP client shared by a connection's SDK clients, with the hooks that make every API
 * call a {@code CallRecord}: the route planner picks and records each attempt's address, the
 * interceptor reads the socket that answered, the retry strategy records why an attempt failed.
 */
public final class InstrumentedHttp implements AutoCloseable {
    private final SdkHttpClient httpClient;
    private final RecordingInterceptor interceptor;
    private final Timeouts timeouts;

    public InstrumentedHttp(HostResolver resolver, CallLog log, PathClassifier classifier, Timeouts timeouts,
                            TlsTrust trust, ProxySettings proxy) {
        this.timeouts = timeouts;
        RecordingRoutePlanner planner = new RecordingRoutePlanner(resolver, Clock.systemUTC(), proxy);
        this.interceptor = new RecordingInterceptor(log, classifier, planner);
        ApacheHttpClient.Builder builder = ApacheHttpClient.builder();
        javax.net.ssl.TrustManager[] trustManagers = trust.trustManagers();
        if (trustManagers != null) {
            // Adds to (or, for the loopback demo only, replaces) the JDK's authorities; checks stay on.
            builder.tlsTrustManagersProvider(() -> trustManagers);
        }
        if (proxy != null && proxy.user() != null) {
            BasicCredentialsProvider proxyLogin = new BasicCredentialsProvider();
            proxyLogin.setCredentials(new AuthScope(proxy.host(), proxy.port()),
                    new UsernamePasswordCredentials(proxy.user(), proxy.password()));
            builder.credentialsProvider(proxyLogin);
        }
        this.httpClient = builder
                // The route planner decides proxy or direct; the SDK must not read proxy variables on its own.
                .proxyConfiguration(ProxyConfiguration.builder().useSystemPropertyValues(false)
                        .useEnvironmentVariableValues(false).build())
                .httpRoutePlanner(planner)
                .dnsResolver(host -> resolver.resolve(host).addresses().toArray(new java.net.InetAddress[0]))
                .connectionTimeout(timeouts.connect())
                .socketTimeout(timeouts.read())
                .connectionAcquisitionTimeout(timeouts.call())
                .maxConnections(16)
                .build();
    }

    public SdkHttpClient httpClient() {
        return httpClient;
    }

    /** Interceptor, recording retry strategy and the call timeouts, for every SDK client of the connection. */
    public ClientOverrideConfiguration overrideConfiguration() {
        return overrideConfiguration(java.util.List.of());
    }

    /**
     * The same, with interceptors that run before the recording one (a wait for the request budget
     * is then not counted as the call's latency).
     */
    public ClientOverrideConfiguration overrideConfiguration(java.util.List<software.amazon.awssdk.core.interceptor.ExecutionInterceptor> first) {
        java.util.List<software.amazon.awssdk.core.interceptor.ExecutionInterceptor> all = new java.util.ArrayList<>(first);
        all.add(interceptor);
        return ClientOverrideConfiguration.builder()
                .executionInterceptors(all)
                .retryStrategy(new RecordingRetryStrategy(AwsRetryStrategy.standardRetryStrategy(), interceptor))
                .apiCallAttemptTimeout(timeouts.attempt())
                .apiCallTimeout(timeouts.call())
                .build();
    }

    @Override
    public void close() {
        httpClient.close();
    }
}
