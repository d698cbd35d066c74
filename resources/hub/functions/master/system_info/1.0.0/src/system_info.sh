uname -a && df -h . && python3 --version
