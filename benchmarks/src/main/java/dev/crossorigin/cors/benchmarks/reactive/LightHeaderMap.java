package dev.crossorigin.cors.benchmarks.reactive;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;

/**
 * A reusable, case-insensitive header map for benchmarks, to wrap in {@code HttpHeaders}:
 * a few names in an array, each with a value list that is kept and cleared, so reading,
 * setting and {@link #clear()} allocate nothing (as with Netty's headers, and unlike
 * {@code LinkedCaseInsensitiveMap}, which lowercases every key it looks up).
 */
public final class LightHeaderMap extends AbstractMap<String, List<String>> implements MultiValueMap<String, String> {

	private static final int CAPACITY = 16;

	private final String[] names = new String[CAPACITY];

	/**
	 * The list each slot shows; a slot's own list unless {@link #put} stored a caller's.
	 */
	@SuppressWarnings("unchecked")
	private final List<String>[] values = new List[CAPACITY];

	@SuppressWarnings("unchecked")
	private final ArrayList<String>[] owned = new ArrayList[CAPACITY];

	private int size;

	public LightHeaderMap() {
		for (int i = 0; i < CAPACITY; i++) {
			this.owned[i] = new ArrayList<>(4);
		}
	}

	private int indexOf(Object name) {
		if (name instanceof String key) {
			for (int i = 0; i < this.size; i++) {
				if (this.names[i].equalsIgnoreCase(key)) {
					return i;
				}
			}
		}
		return -1;
	}

	/** The slot of a name, added empty when missing. */
	private List<String> slot(String name) {
		int index = indexOf(name);
		if (index >= 0) {
			return this.values[index];
		}
		index = this.size++;
		this.names[index] = name;
		ArrayList<String> list = this.owned[index];
		list.clear();
		this.values[index] = list;
		return list;
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public boolean containsKey(Object key) {
		return indexOf(key) >= 0;
	}

	@Override
	public List<String> get(Object key) {
		int index = indexOf(key);
		return (index >= 0) ? this.values[index] : null;
	}

	@Override
	public String getFirst(String key) {
		List<String> values = get(key);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	@Override
	public void add(String key, String value) {
		slot(key).add(value);
	}

	@Override
	public void addAll(String key, List<? extends String> values) {
		slot(key).addAll(values);
	}

	@Override
	public void addAll(MultiValueMap<String, String> values) {
		values.forEach(this::addAll);
	}

	@Override
	public void set(String key, String value) {
		List<String> list = slot(key);
		list.clear();
		list.add(value);
	}

	@Override
	public void setAll(Map<String, String> values) {
		values.forEach(this::set);
	}

	@Override
	public List<String> put(String key, List<String> value) {
		List<String> previous = remove(key);
		int index = this.size++;
		this.names[index] = key;
		this.values[index] = value;
		return previous;
	}

	@Override
	public List<String> remove(Object key) {
		int index = indexOf(key);
		if (index < 0) {
			return null;
		}
		List<String> previous = this.values[index];
		int last = --this.size;
		// Keep every owned list: swap the removed slot's list into the freed last place.
		ArrayList<String> freed = this.owned[index];
		this.names[index] = this.names[last];
		this.values[index] = this.values[last];
		this.owned[index] = this.owned[last];
		this.owned[last] = freed;
		this.names[last] = null;
		this.values[last] = null;
		return (previous == freed) ? new ArrayList<>(previous) : previous;
	}

	@Override
	public void clear() {
		for (int i = 0; i < this.size; i++) {
			this.names[i] = null;
			this.values[i] = null;
		}
		this.size = 0;
	}

	@Override
	public Map<String, String> toSingleValueMap() {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < this.size; i++) {
			map.put(this.names[i], this.values[i].isEmpty() ? null : this.values[i].get(0));
		}
		return map;
	}

	@Override
	public Set<Entry<String, List<String>>> entrySet() {
		Set<Entry<String, List<String>>> entries = new LinkedHashSet<>();
		for (int i = 0; i < this.size; i++) {
			entries.add(new SimpleImmutableEntry<>(this.names[i], this.values[i]));
		}
		return entries;
	}

}
