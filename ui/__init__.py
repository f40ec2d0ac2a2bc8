"""Dashboard UI helpers (may import Streamlit and folium; the events package never does)."""
