/*
 * kvm-l2-smoke: the smallest useful KVM guest, run inside the L1 boot-test VM to prove that freshly
 * built kvm modules can run a (nested, L2) guest.
 *
 * It opens /dev/kvm, creates a VM with one 4 KiB memory region and one vCPU in real mode, and runs
 * code that writes a marker to the serial port 0x3f8 with `out` and then halts. Each KVM_EXIT_IO
 * byte is collected; at KVM_EXIT_HLT the collected text is compared with the marker.
 *
 * Exit codes (and one "kvm-l2-smoke: ..." line on stdout each) so the L1 init script and the
 * verdict can tell the failures apart:
 *   0  the guest printed the marker           "kvm-l2-smoke: guest printed: <marker>"
 *   2  /dev/kvm missing or cannot be opened   "kvm-l2-smoke: no /dev/kvm: <errno text>"
 *   3  a KVM ioctl (or mmap) failed           "kvm-l2-smoke: ioctl failed: <which>: <errno text>"
 *   4  the guest did not print the marker     "kvm-l2-smoke: guest did not print the marker: ..."
 *
 * Built with `gcc -static -O2 -o kvm-l2-smoke kvm-l2-smoke.c` by the test set-up (no libc needed in
 * the initramfs).
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#define MARKER "KVM-L2-GUEST-OK"
#define GUEST_ADDR 0x1000
#define GUEST_SIZE 0x1000
#define SERIAL_PORT 0x3f8
#define MAX_EXITS 1000

enum { EXIT_OK = 0, EXIT_NO_DEV_KVM = 2, EXIT_IOCTL = 3, EXIT_NO_MARKER = 4 };

static int ioctl_failed(const char *what) {
  printf("kvm-l2-smoke: ioctl failed: %s: %s\n", what, strerror(errno));
  return EXIT_IOCTL;
}

static void on_alarm(int sig) {
  (void)sig;
  static const char msg[] = "kvm-l2-smoke: guest did not print the marker: timed out in KVM_RUN\n";
  ssize_t n = write(STDOUT_FILENO, msg, sizeof msg - 1);
  (void)n;
  _exit(EXIT_NO_MARKER);
}

/* Real-mode code: mov dx, 0x3f8; for each byte: mov al, byte; out dx, al; then hlt. */
static size_t write_guest_code(unsigned char *mem) {
  size_t n = 0;
  mem[n++] = 0xba; /* mov dx, imm16 */
  mem[n++] = SERIAL_PORT & 0xff;
  mem[n++] = SERIAL_PORT >> 8;
  for (const char *p = MARKER "\n"; *p; p++) {
    mem[n++] = 0xb0; /* mov al, imm8 */
    mem[n++] = (unsigned char)*p;
    mem[n++] = 0xee; /* out dx, al */
  }
  mem[n++] = 0xf4; /* hlt */
  return n;
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  signal(SIGALRM, on_alarm);
  alarm(120); /* nested guests under TCG are slow, but not this slow */

  int kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);
  if (kvm < 0) {
    printf("kvm-l2-smoke: no /dev/kvm: %s\n", strerror(errno));
    return EXIT_NO_DEV_KVM;
  }
  int api = ioctl(kvm, KVM_GET_API_VERSION, 0);
  if (api < 0) return ioctl_failed("KVM_GET_API_VERSION");
  if (api != KVM_API_VERSION) {
    printf("kvm-l2-smoke: ioctl failed: KVM_GET_API_VERSION: got %d, expected %d\n", api, KVM_API_VERSION);
    return EXIT_IOCTL;
  }

  int vm = ioctl(kvm, KVM_CREATE_VM, 0UL);
  if (vm < 0) return ioctl_failed("KVM_CREATE_VM");

  unsigned char *mem = mmap(NULL, GUEST_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) return ioctl_failed("mmap guest memory");
  write_guest_code(mem);

  struct kvm_userspace_memory_region region = {
      .slot = 0, .guest_phys_addr = GUEST_ADDR, .memory_size = GUEST_SIZE, .userspace_addr = (unsigned long)mem};
  if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &region) < 0) return ioctl_failed("KVM_SET_USER_MEMORY_REGION");

  int vcpu = ioctl(vm, KVM_CREATE_VCPU, 0UL);
  if (vcpu < 0) return ioctl_failed("KVM_CREATE_VCPU");
  int run_size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
  if (run_size < (int)sizeof(struct kvm_run)) return ioctl_failed("KVM_GET_VCPU_MMAP_SIZE");
  struct kvm_run *run = mmap(NULL, (size_t)run_size, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0);
  if (run == MAP_FAILED) return ioctl_failed("mmap kvm_run");

  struct kvm_sregs sregs;
  if (ioctl(vcpu, KVM_GET_SREGS, &sregs) < 0) return ioctl_failed("KVM_GET_SREGS");
  sregs.cs.base = 0;
  sregs.cs.selector = 0;
  if (ioctl(vcpu, KVM_SET_SREGS, &sregs) < 0) return ioctl_failed("KVM_SET_SREGS");
  struct kvm_regs regs = {.rip = GUEST_ADDR, .rflags = 0x2};
  if (ioctl(vcpu, KVM_SET_REGS, &regs) < 0) return ioctl_failed("KVM_SET_REGS");

  char out[256];
  size_t len = 0;
  for (int i = 0; i < MAX_EXITS; i++) {
    if (ioctl(vcpu, KVM_RUN, 0) < 0) return ioctl_failed("KVM_RUN");
    if (run->exit_reason == KVM_EXIT_IO && run->io.direction == KVM_EXIT_IO_OUT && run->io.port == SERIAL_PORT) {
      const char *data = (const char *)run + run->io.data_offset;
      for (unsigned j = 0; j < run->io.count * run->io.size && len < sizeof out - 1; j++) out[len++] = data[j];
      continue;
    }
    out[len] = '\0';
    if (run->exit_reason == KVM_EXIT_HLT) {
      if (strcmp(out, MARKER "\n") == 0) {
        printf("kvm-l2-smoke: guest printed: %s", out);
        return EXIT_OK;
      }
      printf("kvm-l2-smoke: guest did not print the marker: halted after printing %zu bytes\n", len);
      return EXIT_NO_MARKER;
    }
    printf("kvm-l2-smoke: guest did not print the marker: unexpected exit reason %u after %zu bytes\n",
           run->exit_reason, len);
    return EXIT_NO_MARKER;
  }
  printf("kvm-l2-smoke: guest did not print the marker: more than %d exits\n", MAX_EXITS);
  return EXIT_NO_MARKER;
}
