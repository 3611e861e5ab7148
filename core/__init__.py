"""Launch Atlas core: pure logic (records, geodesy, EEZ, report parsing), no Streamlit."""
