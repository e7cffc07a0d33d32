package org.tpiclinic.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps, read from Spring MVC's own {@link RequestMappingHandlerMapping} (never a
 * hand list), with the request parameters and form fields each handler binds, so the access matrix and the
 * hostile-input test cover a route the day it is added.
 */
final class MappedRoutes {

    private MappedRoutes() {
    }

    /** One method on one path pattern, e.g. {@code POST /patients/{patientId}/consent}. */
    record Route(RequestMethod method, String pattern, HandlerMethod handler) {

        String key() {
            return method + " " + pattern;
        }

        String where() {
            return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /**
     * A value a handler binds from the request: its parameter name as sent, its Java type, and for a list or set
     * the type of its elements.
     */
    record Input(String name, Class<?> type, Class<?> element) {

        Class<?> valueType() {
            return element != null ? element : type;
        }
    }

    /** Each mapped route once per HTTP method; a mapping without methods (Boot's /error) counts as GET and POST. */
    static List<Route> all(RequestMappingHandlerMapping mapping) {
        var routes = new ArrayList<Route>();
        var seen = new HashSet<String>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                methods = Set.of(RequestMethod.GET, RequestMethod.POST);
            }
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods) {
                    var route = new Route(method, pattern, handler);
                    if (seen.add(route.key())) {
                        routes.add(route);
                    }
                }
            }
        });
        routes.sort(Comparator.comparing(Route::key));
        return routes;
    }

    /** Path variable names in order: {@code /schedule/{of:clinicians|locations}/{id}} gives of, id. */
    static List<String> pathVariables(String pattern) {
        var names = new ArrayList<String>();
        var matcher = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Fills a pattern's path variables from a value per variable name. */
    static String expand(String pattern, Map<String, String> values) {
        var matcher = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        var out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {" + matcher.group(1) + "} in " + pattern);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The request parameters and form fields a route's handler binds (not its path variables). */
    static List<Input> inputs(Route route) {
        var inputs = new LinkedHashMap<String, Input>();
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class) || infrastructure(type)) {
                continue;
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null || BeanUtils.isSimpleProperty(type) || type == Optional.class) {
                String name = param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if (Map.class.isAssignableFrom(type)) {
                    continue;
                }
                inputs.put(name, input(name, type, parameter.getGenericParameterType()));
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || !type.getName().startsWith("java")) {
                formFields(type, "", inputs, 0);
            }
        }
        return List.copyOf(inputs.values());
    }

    private static boolean infrastructure(Class<?> type) {
        return Model.class.isAssignableFrom(type) || Errors.class.isAssignableFrom(type)
                || type.getName().startsWith("jakarta.servlet") || type.getName().startsWith("org.springframework")
                || type == Principal.class || type == Locale.class
                || Map.class.isAssignableFrom(type) && !type.getName().startsWith("java");
    }

    private static Input input(String name, Class<?> type, Type generic) {
        if ((Collection.class.isAssignableFrom(type) || type == Optional.class)
                && generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> e) {
            return new Input(name, type, e);
        }
        if (type.isArray()) {
            return new Input(name, type, type.getComponentType());
        }
        return new Input(name, type, null);
    }

    /** Record components, public fields and bean properties, descending into lists of nested lines and maps. */
    private static void formFields(Class<?> form, String prefix, Map<String, Input> into, int depth) {
        if (depth > 2) {
            return;
        }
        if (form.isRecord()) {
            for (var component : form.getRecordComponents()) {
                field(component.getName(), component.getType(), component.getGenericType(), prefix, into, depth);
            }
            return;
        }
        for (Class<?> c = form; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers())) {
                    field(f.getName(), f.getType(), f.getGenericType(), prefix, into, depth);
                }
            }
        }
        for (var property : BeanUtils.getPropertyDescriptors(form)) {
            if (property.getWriteMethod() != null) {
                field(property.getName(), property.getPropertyType(),
                        property.getWriteMethod().getGenericParameterTypes()[0], prefix, into, depth);
            }
        }
    }

    private static void field(String name, Class<?> type, Type generic, String prefix, Map<String, Input> into,
            int depth) {
        String full = prefix + name;
        if (Map.class.isAssignableFrom(type)) {
            into.putIfAbsent(full, new Input(full + "[KEY]", String.class, null));
            return;
        }
        var input = input(full, type, generic);
        Class<?> value = input.valueType();
        if (!BeanUtils.isSimpleProperty(value) && !value.isEnum() && !Temporal.class.isAssignableFrom(value)
                && value != UUID.class && !value.getName().startsWith("java")) {
            formFields(value, full + "[0].", into, depth + 1);
            return;
        }
        into.putIfAbsent(full, input);
    }

    /** A value of the right type that a form would accept, so a refusal is about access, not about input. */
    static String plausible(Route route, Input input, Map<String, String> ids) {
        Class<?> type = input.valueType();
        String name = input.name().toLowerCase();
        if (name.equals("slot")) {
            String start = Instant.now().plusSeconds(3 * 86_400).truncatedTo(ChronoUnit.HOURS)
                    .toString();
            return route.pattern().startsWith("/schedule/")
                    ? ids.get("clinicianId") + "|" + ids.get("locationId") + "|" + start
                    : ids.get("clinicianId") + "|" + start;
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == UUID.class) {
            return ids.entrySet().stream().filter(e -> name.endsWith(e.getKey().toLowerCase())).map(Map.Entry::getValue)
                    .findFirst().orElse(UUID.randomUUID().toString());
        }
        if (type == LocalDate.class) {
            return name.contains("birth") ? "1980-02-03" : LocalDate.now().plusDays(3).toString();
        }
        if (type == LocalTime.class) {
            return "09:00";
        }
        if (type == Instant.class) {
            return Instant.now().plusSeconds(3 * 86_400).truncatedTo(ChronoUnit.HOURS).toString();
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return name.contains("page") ? "0" : "1";
        }
        if (name.contains("email")) {
            return "sam.sample@example.com";
        }
        if (name.contains("phone")) {
            return "(631) 555-0100";
        }
        if (name.contains("date") || name.equals("day") || name.equals("from") || name.equals("to")) {
            return LocalDate.now().plusDays(3).toString();
        }
        return "Sample text";
    }
}
